package io.polydesk.domain.sla;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One stretch of working time on a weekday, in the schedule's own zone; {@code end} is after {@code start}. */
public record BusinessWindow(DayOfWeek day, LocalTime start, LocalTime end) {}
