package io.polydesk.domain.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The statistics of the tickets a caller may see: current counts of live tickets by status, priority,
 * assignee and project, a day-by-day series over {@code from..to} (every day present), and mean durations over
 * the tickets created in that range.
 */
public record TicketStatistics(
        LocalDate from,
        LocalDate to,
        long total,
        List<StatusCount> byStatus,
        List<PriorityCount> byPriority,
        List<GroupCount> byAssignee,
        List<GroupCount> byProject,
        List<DailyActivity> daily,
        MeanDurations means) {}
