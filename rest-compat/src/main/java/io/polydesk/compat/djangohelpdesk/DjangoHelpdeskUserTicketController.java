package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.djangohelpdesk.dto.PublicTicketBody;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.drf.DrfPage;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketQueries;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /user_tickets/}: the tickets the caller requested (django-helpdesk matches the submitter e-mail; Polydesk
 * the requester), newest first, in the PublicTicket shape; any signed-in user, staff included.
 */
@RestController
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskUserTicketController {

    private final TicketQueries queries;
    private final DjangoHelpdeskTicketViews views;

    DjangoHelpdeskUserTicketController(TicketQueries queries, DjangoHelpdeskTicketViews views) {
        this.queries = queries;
        this.views = views;
    }

    @GetMapping({"/user_tickets/", "/user_tickets.json", "/user_tickets.json/"})
    DrfPage<PublicTicketBody> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        Actor.require(actor);
        TicketFilter own = TicketFilter.builder().requestedByCaller(true).build();
        return DjangoHelpdeskPaging.page(
                request,
                params,
                size -> queries.page(actor, own, TicketOrder.NEWEST_FIRST, new OffsetPage(1, size)),
                page -> queries.page(actor, own, TicketOrder.NEWEST_FIRST, page),
                page -> views.publicTickets(actor, page));
    }

    @GetMapping({"/user_tickets/{id}/", "/user_tickets/{id}.json", "/user_tickets/{id}.json/"})
    PublicTicketBody get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        Ticket ticket = queries.own(actor, id);
        return views.publicTickets(actor, List.of(ticket)).get(0);
    }
}
