package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.TicketEvent.TicketUpdated;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deleting a ticket, which every surface offers, is a soft delete: the ticket is archived, nothing removed. */
@Service
public class TicketArchiving {

    private final TicketRepository tickets;
    private final TicketAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TicketArchiving(
            TicketRepository tickets, TicketAccess access, ApplicationEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The ticket disappears from every listing and keeps its history. */
    @Transactional
    public void archive(Actor actor, long ticketId, Integer expectedLockVersion) {
        Ticket current = access.visible(actor, ticketId);
        if (!TicketPolicy.canArchive(actor)) {
            throw DomainException.forbidden("Only agents and administrators may delete tickets");
        }
        TicketVersions.check(current, expectedLockVersion);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Ticket archived = current.toBuilder().updatedAt(now).archived(true).build();
        if (!tickets.update(archived, current.lockVersion())) {
            throw TicketVersions.stale(current);
        }
        TicketChanges changes = new TicketChanges(current, actor, now);
        changes.add("archived", "false", "true");
        tickets.addHistory(changes.entries());
        events.publishEvent(new TicketUpdated(ticketId, actor.userId(), changes.entries()));
    }
}
