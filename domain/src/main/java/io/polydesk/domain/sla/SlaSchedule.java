package io.polydesk.domain.sla;

import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketClocks;
import java.time.Duration;
import java.time.Instant;

/**
 * The SLA rules, as pure functions of a ticket, its policy and the time. Deadlines count business time from the
 * ticket's creation: a target of N minutes is due when N minutes of working time, plus the working time the
 * ticket spent pending, have passed. While pending the clocks stand still. The first response is met by the first
 * public comment of staff other than the requester, or by finishing the ticket; the resolution by finishing it.
 */
public final class SlaSchedule {

    private SlaSchedule() {}

    /** The clocks to store after a change, from those stored before it. */
    public static TicketClocks clocks(
            Ticket ticket, SlaPolicy policy, BusinessCalendar calendar, boolean pending, boolean done, Instant now) {
        TicketClocks before = ticket.clocks();
        Instant pendingUntil = pending ? before.pendingUntil() : null;
        SlaTarget target =
                policy == null ? null : policy.target(ticket.priorityId()).orElse(null);
        if (target == null) {
            return new TicketClocks(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    0,
                    before.firstResponseBreached(),
                    before.resolutionBreached(),
                    pendingUntil);
        }
        long pausedSeconds = before.slaPolicyId() == null ? 0 : before.pausedSeconds();
        Instant pausedAt = before.slaPolicyId() == null ? null : before.pausedAt();
        if (pausedAt != null && (!pending || done)) {
            pausedSeconds += Math.max(0, calendar.between(pausedAt, now).getSeconds());
            pausedAt = null;
        } else if (pausedAt == null && pending && !done) {
            pausedAt = now;
        }
        Duration paused = Duration.ofSeconds(pausedSeconds);
        Instant firstDue = due(ticket, target.firstResponseMinutes(), paused, calendar);
        Instant resolutionDue = due(ticket, target.resolutionMinutes(), paused, calendar);
        boolean responded = ticket.firstResponseAt() != null || done;
        Instant dueAt = null;
        Instant alertAt = null;
        if (pausedAt == null) {
            if (firstDue != null && !responded) {
                dueAt = firstDue;
                alertAt = before.firstResponseBreached() ? null : firstDue;
            }
            if (resolutionDue != null && !done) {
                dueAt = earliest(dueAt, resolutionDue);
                alertAt = before.resolutionBreached() ? alertAt : earliest(alertAt, resolutionDue);
            }
        }
        return new TicketClocks(
                policy.id(),
                firstDue,
                resolutionDue,
                dueAt,
                alertAt,
                pausedAt,
                pausedSeconds,
                before.firstResponseBreached(),
                before.resolutionBreached(),
                pendingUntil);
    }

    /** The SLA as shown at {@code now}; null when the ticket follows no policy. */
    public static TicketSla view(
            Ticket ticket, SlaPolicy policy, BusinessCalendar calendar, boolean done, Instant now) {
        TicketClocks clocks = ticket.clocks();
        if (policy == null || clocks.slaPolicyId() == null) {
            return null;
        }
        Instant firstMetAt =
                ticket.firstResponseAt() != null ? ticket.firstResponseAt() : done ? ticket.closedAt() : null;
        Instant resolvedAt = done ? ticket.closedAt() : null;
        return new TicketSla(
                policy,
                target(clocks.firstResponseDueAt(), firstMetAt, done, clocks, calendar, now),
                target(clocks.resolutionDueAt(), resolvedAt, done, clocks, calendar, now));
    }

    /** Whether a target finished after its deadline, for the breach recorded when it finishes. */
    public static boolean metLate(Instant due, Instant metAt) {
        return due != null && metAt != null && metAt.isAfter(due);
    }

    private static SlaTargetStatus target(
            Instant due, Instant metAt, boolean done, TicketClocks clocks, BusinessCalendar calendar, Instant now) {
        if (due == null) {
            return null;
        }
        if (metAt != null || done) {
            boolean late = metAt == null || metAt.isAfter(due);
            return new SlaTargetStatus(due, null, late ? SlaState.BREACHED : SlaState.MET);
        }
        if (clocks.pausedAt() != null) {
            Duration left = calendar.between(clocks.pausedAt(), due);
            return new SlaTargetStatus(null, left, left.isNegative() ? SlaState.BREACHED : SlaState.PAUSED);
        }
        Duration left = calendar.between(now, due);
        return new SlaTargetStatus(due, left, now.isBefore(due) ? SlaState.ACTIVE : SlaState.BREACHED);
    }

    private static Instant due(Ticket ticket, Integer minutes, Duration paused, BusinessCalendar calendar) {
        return minutes == null
                ? null
                : calendar.plus(ticket.createdAt(), Duration.ofMinutes(minutes).plus(paused));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
