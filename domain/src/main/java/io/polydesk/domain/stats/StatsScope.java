package io.polydesk.domain.stats;

import java.time.Instant;

/**
 * Which live tickets a statistic covers: {@code requesterId} limits a customer to their own tickets (null for
 * staff); {@code from} inclusive and {@code to} exclusive bound the dated statistics.
 */
public record StatsScope(Long requesterId, Instant from, Instant to) {}
