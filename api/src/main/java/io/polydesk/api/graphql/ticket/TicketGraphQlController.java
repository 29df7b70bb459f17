package io.polydesk.api.graphql.ticket;

import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.api.graphql.ticket.TicketInputs.AssignTicketInput;
import io.polydesk.api.graphql.ticket.TicketInputs.ChangeTicketStatusInput;
import io.polydesk.api.graphql.ticket.TicketInputs.CreateTicketInput;
import io.polydesk.api.graphql.ticket.TicketInputs.DeleteTicketInput;
import io.polydesk.api.graphql.ticket.TicketInputs.TicketFilterInput;
import io.polydesk.api.graphql.ticket.TicketInputs.TicketOrderInput;
import io.polydesk.api.graphql.ticket.TicketInputs.UpdateTicketInput;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticket.TicketService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Ticket queries and mutations; the domain decides visibility and rights, this only translates. */
@Controller
class TicketGraphQlController {

    private final TicketQueries queries;
    private final TicketService service;

    TicketGraphQlController(TicketQueries queries, TicketService service) {
        this.queries = queries;
        this.service = service;
    }

    @QueryMapping
    Ticket ticket(@Argument String id, @AuthenticationPrincipal Actor actor) {
        return queries.get(actor, Ids.require(id, "id"));
    }

    @QueryMapping
    Connection<Ticket> tickets(
            @Argument TicketFilterInput filter,
            @Argument TicketOrderInput orderBy,
            @Argument Integer first,
            @Argument String after,
            @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        TicketFilter ticketFilter = filter == null ? TicketFilter.none() : filter.toFilter();
        TicketOrder order = orderBy == null ? TicketOrder.NEWEST_FIRST : orderBy.toOrder();
        return Connection.of(queries.window(actor, ticketFilter, order, first, after));
    }

    @MutationMapping
    TicketPayload createTicket(@Argument CreateTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TicketPayload(service.create(actor, input.toCommand()));
    }

    @MutationMapping
    TicketPayload updateTicket(@Argument UpdateTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        return new TicketPayload(service.update(actor, id, input.toCommand()));
    }

    @MutationMapping
    TicketPayload assignTicket(@Argument AssignTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TicketPayload(service.assign(
                actor,
                Ids.require(input.id(), "input.id"),
                Ids.parse(input.assigneeId(), "input.assigneeId"),
                input.lockVersion()));
    }

    @MutationMapping
    TicketPayload changeTicketStatus(@Argument ChangeTicketStatusInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TicketPayload(service.changeStatus(
                actor, Ids.require(input.id(), "input.id"), input.status(), input.resolution(), input.lockVersion()));
    }

    @MutationMapping
    DeletedPayload deleteTicket(@Argument DeleteTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        service.archive(actor, id, input.lockVersion());
        return DeletedPayload.of(id);
    }
}
