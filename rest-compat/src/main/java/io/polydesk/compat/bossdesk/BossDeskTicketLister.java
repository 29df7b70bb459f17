package io.polydesk.compat.bossdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One page of a ticket search: a single filter, or the OR of several ({@code q[m]=or}), ordered and cut in SQL.
 */
@Component
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskTicketLister {

    private final TicketQueries queries;

    BossDeskTicketLister(TicketQueries queries) {
        this.queries = queries;
    }

    List<Ticket> page(Actor actor, BossDeskTicketSearch.Search search, OffsetPage page) {
        return queries.sliceOfAny(actor, search.alternatives(), search.order(), page.offset(), page.size());
    }
}
