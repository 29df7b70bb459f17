package io.polydesk.compat.bossdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import org.springframework.stereotype.Component;

/**
 * Finds tickets by {@code friendly_id}: the Polydesk ticket number without its prefix ({@code TKT-075} is 75).
 * Polydesk numbers a ticket from its id, so the friendly id names the ticket of that id, checked against its number.
 */
@Component
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskTickets {

    private final TicketQueries queries;

    BossDeskTickets(TicketQueries queries) {
        this.queries = queries;
    }

    Ticket byFriendlyId(Actor actor, long friendlyId) {
        return sameFriendlyId(queries.get(actor, friendlyId), friendlyId);
    }

    /** One of the caller's own tickets, for the end-user side; the domain says which are. */
    Ticket ownByFriendlyId(Actor actor, long friendlyId) {
        return sameFriendlyId(queries.own(actor, friendlyId), friendlyId);
    }

    private static Ticket sameFriendlyId(Ticket ticket, long friendlyId) {
        if (BossDeskTicketViews.friendlyId(ticket) != friendlyId) {
            throw DomainException.notFound("Ticket", friendlyId);
        }
        return ticket;
    }
}
