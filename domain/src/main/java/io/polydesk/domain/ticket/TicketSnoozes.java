package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.TicketEvent.TicketUpdated;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pending with a wake-up time: staff snooze a ticket until an instant, which puts it in the pending status
 * ({@value Workflow#ON_HOLD}, where its SLA clocks stand still); once the time passes, {@link #wakeUp} returns it
 * to {@value Workflow#OPEN}. Leaving pending any other way drops the snooze.
 */
@Service
public class TicketSnoozes {

    public static final int BATCH = 100;

    private final TicketUpdates updates;
    private final TicketRepository tickets;
    private final TicketClockRepository clocks;
    private final Workflow workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TicketSnoozes(
            TicketUpdates updates,
            TicketRepository tickets,
            TicketClockRepository clocks,
            Workflow workflow,
            ApplicationEventPublisher events,
            Clock clock) {
        this.updates = updates;
        this.tickets = tickets;
        this.clocks = clocks;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Ticket snooze(Actor actor, long ticketId, Instant until, Integer expectedLockVersion) {
        Actor.requireStaff(actor);
        if (!TicketPendingUntil.acceptable(until, now())) {
            throw DomainException.invalid("until", TicketPendingUntil.rule());
        }
        return updates.update(
                actor,
                ticketId,
                UpdateTicket.builder()
                        .status(Change.to(Workflow.ON_HOLD))
                        .pendingUntil(Change.to(until))
                        .expectedLockVersion(expectedLockVersion)
                        .build());
    }

    /**
     * Returns the tickets whose snooze ended to open, one batch in one transaction, with a history entry and the
     * usual update events (no actor: the system did it). Rows another instance is waking are skipped; a ticket
     * written meanwhile keeps its snooze for the next round. Answers how many rows it took.
     */
    @Transactional
    public int wakeUp() {
        Instant now = now();
        List<Long> ids = clocks.lockSnoozesEnded(now, BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        Status open = workflow.status(Workflow.OPEN).orElseThrow();
        List<TicketChange> history = new ArrayList<>();
        List<TicketUpdated> woken = new ArrayList<>();
        for (Ticket ticket : tickets.findByIds(ids)) {
            Status status = workflow.status(ticket.statusId());
            if (!status.key().equals(Workflow.ON_HOLD)) {
                clocks.write(ticket.id(), ticket.clocks().withPendingUntil(null));
                continue;
            }
            Ticket opened = ticket.toBuilder()
                    .statusId(open.id())
                    .onHold(false)
                    .updatedAt(now)
                    .build();
            if (!tickets.update(opened, ticket.lockVersion())) {
                continue;
            }
            clocks.write(ticket.id(), ticket.clocks().withPendingUntil(null));
            TicketChange change = new TicketChange(0, ticket.id(), null, now, "status", status.key(), open.key());
            history.add(change);
            woken.add(new TicketUpdated(ticket.id(), TicketEvent.SYSTEM, List.of(change)));
        }
        if (!history.isEmpty()) {
            tickets.addHistory(history);
        }
        woken.forEach(events::publishEvent);
        return ids.size();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
