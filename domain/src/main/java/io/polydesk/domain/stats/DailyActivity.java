package io.polydesk.domain.stats;

import java.time.LocalDate;

/** Tickets opened and closed on one UTC day. */
public record DailyActivity(LocalDate day, long opened, long closed) {}
