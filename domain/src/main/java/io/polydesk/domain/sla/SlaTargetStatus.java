package io.polydesk.domain.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One target of one ticket: its deadline (null while paused), the business time left (negative once overdue,
 * null when met) and its state.
 */
public record SlaTargetStatus(Instant dueAt, Duration remaining, SlaState state) {}
