package io.polydesk.api.graphql.ticket;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.api.graphql.ticket.TicketInputs.ArchiveTicketInput;
import io.polydesk.api.graphql.ticket.TicketInputs.AssignTicketInput;
import io.polydesk.api.graphql.ticket.TicketInputs.ChangeTicketStatusInput;
import io.polydesk.api.graphql.ticket.TicketInputs.CreateTicketInput;
import io.polydesk.api.graphql.ticket.TicketInputs.DeleteTicketInput;
import io.polydesk.api.graphql.ticket.TicketInputs.TicketFilterInput;
import io.polydesk.api.graphql.ticket.TicketInputs.TicketOrderInput;
import io.polydesk.api.graphql.ticket.TicketInputs.UpdateTicketInput;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketArchiving;
import io.polydesk.domain.ticket.TicketCreation;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticket.TicketUpdates;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Ticket queries and mutations; the domain decides visibility and rights, this only translates. */
@Controller
class TicketGraphQlController {

    private final TicketQueries queries;
    private final TicketCreation creation;
    private final TicketUpdates updates;
    private final TicketArchiving archiving;

    TicketGraphQlController(
            TicketQueries queries, TicketCreation creation, TicketUpdates updates, TicketArchiving archiving) {
        this.queries = queries;
        this.creation = creation;
        this.updates = updates;
        this.archiving = archiving;
    }

    @QueryMapping
    Ticket ticket(@Argument String id, @Argument String number, @AuthenticationPrincipal Actor actor) {
        if ((id == null) == (number == null)) {
            Actor.require(actor);
            throw DomainException.invalid(id == null ? "id" : "number", "give exactly one of id and number");
        }
        return id != null ? queries.get(actor, Ids.require(id, "id")) : queries.byNumber(actor, number);
    }

    @QueryMapping
    Connection<Ticket> tickets(
            @Argument TicketFilterInput filter,
            @Argument TicketOrderInput orderBy,
            @Argument Integer first,
            @Argument String after,
            DataFetchingFieldSelectionSet selection,
            @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        TicketFilter ticketFilter = filter == null ? TicketFilter.none() : filter.toFilter();
        TicketOrder order = orderBy == null ? TicketOrder.NEWEST_FIRST : orderBy.toOrder();
        // Counting reads every match: only when the query asks for the total.
        boolean counted = selection.contains("totalCount");
        return Connection.of(queries.window(actor, ticketFilter, order, first, after, counted));
    }

    @MutationMapping
    TicketPayload createTicket(@Argument CreateTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TicketPayload(creation.create(actor, input.toCommand()));
    }

    @MutationMapping
    TicketPayload updateTicket(@Argument UpdateTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        return new TicketPayload(updates.update(actor, id, input.toCommand()));
    }

    @MutationMapping
    TicketPayload assignTicket(@Argument AssignTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TicketPayload(updates.assign(
                actor,
                Ids.require(input.id(), "input.id"),
                Ids.parse(input.assigneeId(), "input.assigneeId"),
                input.lockVersion()));
    }

    @MutationMapping
    TicketPayload changeTicketStatus(@Argument ChangeTicketStatusInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TicketPayload(updates.changeStatus(
                actor, Ids.require(input.id(), "input.id"), input.status(), input.resolution(), input.lockVersion()));
    }

    @MutationMapping
    DeletedPayload deleteTicket(@Argument DeleteTicketInput input, @AuthenticationPrincipal Actor actor) {
        return archiveTicket(new ArchiveTicketInput(input.id(), input.lockVersion()), actor);
    }

    @MutationMapping
    DeletedPayload archiveTicket(@Argument ArchiveTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = Ids.require(input.id(), "input.id");
        archiving.archive(actor, id, input.lockVersion());
        return DeletedPayload.of(id);
    }
}
