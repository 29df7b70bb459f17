package io.polydesk.domain.stats;

import java.time.LocalDate;

/** How many tickets one event (opening, closing) happened to on one UTC day. */
public record DayCount(LocalDate day, long count) {}
