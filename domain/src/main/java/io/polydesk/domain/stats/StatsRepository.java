package io.polydesk.domain.stats;

import java.util.List;

/** Aggregates over live (not archived) tickets, each one GROUP BY in the database. */
public interface StatsRepository {

    List<GroupCount> byStatus(StatsScope scope);

    /** Every status with live tickets in the scope (its dates do not apply), with the unassigned among them. */
    List<StatusTally> statusTallies(StatsScope scope);

    List<GroupCount> byPriority(StatsScope scope);

    List<GroupCount> byAssignee(StatsScope scope);

    List<GroupCount> byProject(StatsScope scope);

    /** Tickets created per UTC day within the scope's range; days without any are absent. */
    List<DayCount> openedPerDay(StatsScope scope);

    /** Tickets closed per UTC day within the scope's range; days without any are absent. */
    List<DayCount> closedPerDay(StatsScope scope);

    /** Means over the tickets created within the scope's range. */
    MeanDurations means(StatsScope scope);
}
