package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Loads a ticket the caller may see. An invisible ticket answers "not found", not "forbidden", so that a
 * customer cannot probe which ticket numbers exist.
 */
@Component
public class TicketAccess {

    private final TicketRepository tickets;

    public TicketAccess(TicketRepository tickets) {
        this.tickets = tickets;
    }

    public Ticket visible(Actor actor, long ticketId) {
        Actor.require(actor);
        return tickets.findById(ticketId)
                .filter(t -> TicketPolicy.canView(actor, t))
                .orElseThrow(() -> DomainException.notFound("Ticket", ticketId));
    }
}
