package io.polydesk.api.graphql.search;

import io.polydesk.domain.search.SearchQueries;
import io.polydesk.domain.shared.Actor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Ticket search; the domain validates the query and applies the caller's visibility. */
@Controller
class SearchGraphQlController {

    private final SearchQueries search;

    SearchGraphQlController(SearchQueries search) {
        this.search = search;
    }

    @QueryMapping
    TicketSearchConnection searchTickets(
            @Argument String query,
            @Argument Integer first,
            @Argument String after,
            @AuthenticationPrincipal Actor actor) {
        return TicketSearchConnection.of(search.searchTickets(actor, query, first, after));
    }
}
