package io.polydesk.api.graphql.ticket;

import io.polydesk.api.graphql.error.UserError;
import io.polydesk.api.graphql.error.WithUserErrors;
import io.polydesk.api.graphql.support.Changes;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.ticket.BulkTicketChange;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketBulkUpdates;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** {@code updateTickets}, {@code addTicketTags} and {@code removeTicketTags}; the domain loops and decides. */
@Controller
class TicketBulkGraphQlController {

    private final TicketBulkUpdates bulk;

    TicketBulkGraphQlController(TicketBulkUpdates bulk) {
        this.bulk = bulk;
    }

    record UpdateTicketsInput(
            String status,
            String priority,
            ArgumentValue<String> assigneeId,
            ArgumentValue<String> teamId,
            List<String> addTags,
            List<String> removeTags) {

        BulkTicketChange toChange() {
            return new BulkTicketChange(
                    status == null ? Change.keep() : Change.to(status),
                    priority == null ? Change.keep() : Change.to(priority),
                    Changes.of(assigneeId, raw -> Ids.parse(raw, "input.assigneeId")),
                    Changes.of(teamId, raw -> Ids.parse(raw, "input.teamId")),
                    addTags,
                    removeTags);
        }
    }

    record TicketTagsInput(String ticketId, List<String> tags) {}

    /** The tickets changed and, as user errors at {@code ["ids", index]}, those refused. */
    record UpdateTicketsPayload(List<Ticket> tickets, List<UserError> userErrors) implements WithUserErrors {

        static UpdateTicketsPayload of(TicketBulkUpdates.Outcome outcome) {
            return new UpdateTicketsPayload(
                    outcome.updated(),
                    outcome.refused().stream()
                            .map(r -> UserError.at(List.of("ids", Integer.toString(r.index())), r.reason()))
                            .toList());
        }
    }

    @MutationMapping
    UpdateTicketsPayload updateTickets(
            @Argument List<String> ids, @Argument UpdateTicketsInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireStaff(actor);
        List<Long> ticketIds = IntStream.range(0, ids.size())
                .mapToObj(i -> Ids.require(ids.get(i), "ids[" + i + "]", "Ticket"))
                .toList();
        return UpdateTicketsPayload.of(bulk.update(actor, ticketIds, input.toChange()));
    }

    @MutationMapping
    TicketPayload addTicketTags(@Argument TicketTagsInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TicketPayload(bulk.changeTags(actor, ticketId(input), input.tags(), List.of()));
    }

    @MutationMapping
    TicketPayload removeTicketTags(@Argument TicketTagsInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new TicketPayload(bulk.changeTags(actor, ticketId(input), List.of(), input.tags()));
    }

    private static long ticketId(TicketTagsInput input) {
        return Ids.require(input.ticketId(), "input.ticketId", "Ticket");
    }
}
