package io.polydesk.domain.sla;

import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketClockRepository;
import io.polydesk.domain.ticket.TicketClocks;
import io.polydesk.domain.ticket.TicketRepository;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds running targets whose deadline has passed and records each breach once, with its
 * {@code TICKET_SLA_BREACHED} event, one transaction per batch. Safe on many instances at once: each breach is
 * claimed by a conditional update, and only the instance whose update changed the row appends the event.
 */
@Service
public class SlaBreachScan {

    public static final int BATCH = 100;

    private final TicketClockRepository clocks;
    private final TicketRepository tickets;
    private final SlaTracker tracker;
    private final Workflow workflow;
    private final Clock clock;

    public SlaBreachScan(
            TicketClockRepository clocks,
            TicketRepository tickets,
            SlaTracker tracker,
            Workflow workflow,
            Clock clock) {
        this.clocks = clocks;
        this.tickets = tickets;
        this.tracker = tracker;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** One batch; answers how many tickets it looked at, so a caller can run again while batches are full. */
    @Transactional
    public int scan() {
        Instant now = clock.instant();
        List<Long> ids = clocks.alertsDue(now, BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        for (Ticket ticket : tickets.findByIds(ids)) {
            TicketClocks c = ticket.clocks();
            Status status = workflow.status(ticket.statusId());
            if (c.alertAt() == null || c.alertAt().isAfter(now)) {
                continue;
            }
            boolean running = c.pausedAt() == null && !status.isDone();
            boolean firstOverdue = running
                    && !c.firstResponseBreached()
                    && ticket.firstResponseAt() == null
                    && c.firstResponseDueAt() != null
                    && !c.firstResponseDueAt().isAfter(now);
            boolean resolutionOverdue = running
                    && !c.resolutionBreached()
                    && c.resolutionDueAt() != null
                    && !c.resolutionDueAt().isAfter(now);
            Instant nextAlert =
                    running ? nextAlert(c, firstOverdue, resolutionOverdue, ticket.firstResponseAt() != null) : null;
            TicketClocks after = new TicketClocks(
                    c.slaPolicyId(),
                    c.firstResponseDueAt(),
                    c.resolutionDueAt(),
                    c.dueAt(),
                    nextAlert,
                    c.pausedAt(),
                    c.pausedSeconds(),
                    c.firstResponseBreached() || firstOverdue,
                    c.resolutionBreached() || resolutionOverdue,
                    c.pendingUntil());
            if (firstOverdue) {
                tracker.breached(ticket, true, c.firstResponseDueAt(), after);
            }
            if (resolutionOverdue) {
                tracker.breached(ticket, false, c.resolutionDueAt(), after);
            }
            if (!firstOverdue && !resolutionOverdue) {
                clocks.write(ticket.id(), after);
            }
        }
        return ids.size();
    }

    /** The deadline to look at next: the running target whose breach is still unrecorded after this one. */
    private static Instant nextAlert(
            TicketClocks c, boolean firstOverdue, boolean resolutionOverdue, boolean responded) {
        Instant next = null;
        if (!responded && !c.firstResponseBreached() && !firstOverdue && c.firstResponseDueAt() != null) {
            next = c.firstResponseDueAt();
        }
        if (!c.resolutionBreached() && !resolutionOverdue && c.resolutionDueAt() != null) {
            next = next == null || c.resolutionDueAt().isBefore(next) ? c.resolutionDueAt() : next;
        }
        return next;
    }
}
