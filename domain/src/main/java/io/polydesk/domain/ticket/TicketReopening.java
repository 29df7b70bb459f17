package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.TicketEvent.TicketUpdated;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reopening a finished ticket, which its requester may do as well as staff (a customer may not otherwise move a
 * ticket through the workflow). A ticket that is not finished stays as it is.
 */
@Service
public class TicketReopening {

    private final TicketRepository tickets;
    private final TicketAccess access;
    private final Workflow workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TicketReopening(
            TicketRepository tickets,
            TicketAccess access,
            Workflow workflow,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tickets = tickets;
        this.access = access;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Ticket reopen(Actor actor, long ticketId, Integer expectedLockVersion) {
        Ticket current = access.visible(actor, ticketId);
        TicketVersions.check(current, expectedLockVersion);
        Status from = workflow.status(current.statusId());
        if (!from.isDone()) {
            return current;
        }
        Status to = workflow.status(Workflow.REOPENED)
                .or(() -> workflow.status(Workflow.OPEN))
                .orElseThrow(() -> DomainException.invalid("status", "this workflow has no status to reopen to"));
        if (!workflow.canMove(from, to)) {
            throw DomainException.invalid("status", "cannot move from " + from.key() + " to " + to.key());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Ticket updated = current.toBuilder()
                .statusId(to.id())
                .closedAt(null)
                .onHold(false)
                .updatedAt(now)
                .build();
        TicketChanges changes = new TicketChanges(current, actor, now);
        changes.compareFields(updated, workflow);
        if (!tickets.update(updated, current.lockVersion())) {
            throw TicketVersions.stale(current);
        }
        tickets.addHistory(changes.entries());
        events.publishEvent(new TicketUpdated(ticketId, actor.userId(), changes.entries()));
        return tickets.findById(ticketId).orElseThrow();
    }
}
