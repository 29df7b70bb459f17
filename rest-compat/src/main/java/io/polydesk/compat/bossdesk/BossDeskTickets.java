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
        Ticket ticket = queries.get(actor, friendlyId);
        if (BossDeskTicketViews.friendlyId(ticket) != friendlyId) {
            throw DomainException.notFound("Ticket", friendlyId);
        }
        return ticket;
    }
}
