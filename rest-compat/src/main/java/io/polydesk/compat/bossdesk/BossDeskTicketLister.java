package io.polydesk.compat.bossdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.workflow.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * One page of a ticket search. An OR of several filters is the union of each filter's first rows in the same
 * order, cut to the page: exact for the first {@value OffsetPage#MAX_SIZE} matches, past which such a page is empty.
 */
@Component
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskTicketLister {

    private final TicketQueries queries;
    private final Workflow workflow;

    BossDeskTicketLister(TicketQueries queries, Workflow workflow) {
        this.queries = queries;
        this.workflow = workflow;
    }

    List<Ticket> page(Actor actor, BossDeskTicketSearch.Search search, OffsetPage page) {
        List<TicketFilter> filters = search.alternatives();
        if (filters.isEmpty()) {
            Actor.require(actor);
            return List.of();
        }
        if (filters.size() == 1) {
            return queries.page(actor, filters.get(0), search.order(), page).items();
        }
        long end = page.offset() + page.size();
        if (end > OffsetPage.MAX_SIZE) {
            return List.of();
        }
        Map<Long, Ticket> union = new LinkedHashMap<>();
        for (TicketFilter filter : filters) {
            queries.page(actor, filter, search.order(), new OffsetPage(1, (int) end))
                    .items()
                    .forEach(t -> union.put(t.id(), t));
        }
        List<Ticket> sorted = new ArrayList<>(union.values());
        sorted.sort(comparator(search.order()));
        int from = (int) Math.min(page.offset(), sorted.size());
        return List.copyOf(sorted.subList(from, (int) Math.min(end, sorted.size())));
    }

    private Comparator<Ticket> comparator(TicketOrder order) {
        Comparator<Ticket> byField = switch (order.field()) {
            case ID -> Comparator.comparingLong(Ticket::id);
            case CREATED_AT -> Comparator.comparing(Ticket::createdAt);
            case UPDATED_AT -> Comparator.comparing(Ticket::updatedAt);
            case PRIORITY ->
                Comparator.comparingInt(t -> workflow.priority(t.priorityId()).level());
        };
        Comparator<Ticket> total = byField.thenComparingLong(Ticket::id);
        return order.descending() ? total.reversed() : total;
    }
}
