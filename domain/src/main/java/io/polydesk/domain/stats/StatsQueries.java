package io.polydesk.domain.stats;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.StatusCategory;
import io.polydesk.domain.workflow.Workflow;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Ticket statistics under the listing's visibility: a customer's cover only the tickets they requested. */
@Service
public class StatsQueries {

    public static final int MAX_DAYS = 366;

    private final StatsRepository stats;
    private final Workflow workflow;

    public StatsQueries(StatsRepository stats, Workflow workflow) {
        this.stats = stats;
        this.workflow = workflow;
    }

    /** {@code from} and {@code to} are UTC days, both included. */
    public TicketStatistics tickets(Actor actor, LocalDate from, LocalDate to) {
        Actor.require(actor);
        new Validation()
                .check(from != null, "from", "must be given")
                .check(to != null, "to", "must be given")
                .check(from == null || to == null || !to.isBefore(from), "to", "must not be before from")
                .check(
                        from == null || to == null || ChronoUnit.DAYS.between(from, to) < MAX_DAYS,
                        "to",
                        "must be at most " + MAX_DAYS + " days after from, counting both")
                .throwIfInvalid();
        StatsScope scope = new StatsScope(
                actor.isStaff() ? null : actor.userId(),
                from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        List<GroupCount> byStatus = stats.byStatus(scope);
        long total = byStatus.stream().mapToLong(GroupCount::count).sum();
        List<StatusCount> statuses = byStatus.stream()
                .map(c -> new StatusCount(workflow.status(c.id()), c.count()))
                .toList();
        List<PriorityCount> priorities = stats.byPriority(scope).stream()
                .map(c -> new PriorityCount(workflow.priority(c.id()), c.count()))
                .toList();
        MeanDurations means = stats.means(scope);
        return new TicketStatistics(
                from,
                to,
                total,
                statuses,
                priorities,
                stats.byAssignee(scope),
                stats.byProject(scope),
                daily(from, to, stats.openedPerDay(scope), stats.closedPerDay(scope)),
                means == null ? MeanDurations.NONE : means);
    }

    /** The counts of {@link TicketOverview}, in one statement, under the listing's visibility. */
    public TicketOverview overview(Actor actor) {
        Actor.require(actor);
        long total = 0;
        long fresh = 0;
        long waiting = 0;
        long inProgress = 0;
        long unassigned = 0;
        long finished = 0;
        for (StatusTally tally :
                stats.statusTallies(new StatsScope(actor.isStaff() ? null : actor.userId(), null, null))) {
            Status status = workflow.status(tally.statusId());
            total += tally.count();
            if (status.key().equals(Workflow.NEW)) {
                fresh += tally.count();
            }
            switch (status.category()) {
                case TODO -> waiting += tally.count();
                case IN_PROGRESS -> inProgress += tally.count();
                case DONE -> finished += tally.count();
            }
            if (status.category() != StatusCategory.DONE) {
                unassigned += tally.unassigned();
            }
        }
        return new TicketOverview(total, fresh, waiting, inProgress, waiting + inProgress, unassigned, finished);
    }

    private static List<DailyActivity> daily(
            LocalDate from, LocalDate to, List<DayCount> opened, List<DayCount> closed) {
        Map<LocalDate, Long> openedByDay = opened.stream().collect(Collectors.toMap(DayCount::day, DayCount::count));
        Map<LocalDate, Long> closedByDay = closed.stream().collect(Collectors.toMap(DayCount::day, DayCount::count));
        List<DailyActivity> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new DailyActivity(day, openedByDay.getOrDefault(day, 0L), closedByDay.getOrDefault(day, 0L)));
        }
        return days;
    }
}
