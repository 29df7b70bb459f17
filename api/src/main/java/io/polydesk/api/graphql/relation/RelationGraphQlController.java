package io.polydesk.api.graphql.relation;

import graphql.GraphQLContext;
import io.polydesk.api.graphql.relation.RelationInputs.LinkTicketsInput;
import io.polydesk.api.graphql.relation.RelationInputs.MergeInput;
import io.polydesk.api.graphql.relation.RelationInputs.RemoveParentTicketInput;
import io.polydesk.api.graphql.relation.RelationInputs.SetParentTicketInput;
import io.polydesk.api.graphql.relation.RelationInputs.UnlinkTicketsInput;
import io.polydesk.api.graphql.relation.RelationPayloads.MergeTicketsPayload;
import io.polydesk.api.graphql.relation.RelationPayloads.MergeUsersPayload;
import io.polydesk.api.graphql.relation.RelationPayloads.TicketPairPayload;
import io.polydesk.api.graphql.relation.RelationPayloads.TicketPayload;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.merge.MergeQueries;
import io.polydesk.domain.merge.TicketMergeService;
import io.polydesk.domain.merge.UserMergeService;
import io.polydesk.domain.relation.LinkKind;
import io.polydesk.domain.relation.LinkedTicket;
import io.polydesk.domain.relation.RelationQueries;
import io.polydesk.domain.relation.RelationService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/**
 * Links, parent and sub-tickets, and merges of tickets and users. The related tickets of a whole response are
 * loaded at once, and only those the caller may see are shown.
 */
@Controller
class RelationGraphQlController {

    private final RelationService relations;
    private final RelationQueries relationQueries;
    private final TicketMergeService ticketMerges;
    private final UserMergeService userMerges;
    private final MergeQueries mergeQueries;
    private final TicketQueries tickets;

    RelationGraphQlController(
            RelationService relations,
            RelationQueries relationQueries,
            TicketMergeService ticketMerges,
            UserMergeService userMerges,
            MergeQueries mergeQueries,
            TicketQueries tickets) {
        this.relations = relations;
        this.relationQueries = relationQueries;
        this.ticketMerges = ticketMerges;
        this.userMerges = userMerges;
        this.mergeQueries = mergeQueries;
        this.tickets = tickets;
    }

    @MutationMapping
    TicketPairPayload linkTickets(@Argument LinkTicketsInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long ticketId = Ids.require(input.ticketId(), "input.ticketId");
        long otherId = Ids.require(input.otherTicketId(), "input.otherTicketId");
        relations.link(actor, ticketId, otherId, input.kind() == null ? LinkKind.RELATES_TO : input.kind());
        return new TicketPairPayload(tickets.get(actor, ticketId), tickets.get(actor, otherId));
    }

    @MutationMapping
    TicketPairPayload unlinkTickets(@Argument UnlinkTicketsInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long ticketId = Ids.require(input.ticketId(), "input.ticketId");
        long otherId = Ids.require(input.otherTicketId(), "input.otherTicketId");
        relations.unlink(actor, ticketId, otherId);
        return new TicketPairPayload(tickets.get(actor, ticketId), tickets.get(actor, otherId));
    }

    @MutationMapping
    TicketPayload setParentTicket(@Argument SetParentTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long ticketId = Ids.require(input.ticketId(), "input.ticketId");
        relations.setParent(actor, ticketId, Ids.require(input.parentId(), "input.parentId"));
        return new TicketPayload(tickets.get(actor, ticketId));
    }

    @MutationMapping
    TicketPayload removeParentTicket(@Argument RemoveParentTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long ticketId = Ids.require(input.ticketId(), "input.ticketId");
        relations.removeParent(actor, ticketId);
        return new TicketPayload(tickets.get(actor, ticketId));
    }

    @MutationMapping
    MergeTicketsPayload mergeTickets(@Argument MergeInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long sourceId = Ids.require(input.sourceId(), "input.sourceId");
        Ticket target = ticketMerges.merge(actor, sourceId, Ids.require(input.targetId(), "input.targetId"));
        return new MergeTicketsPayload(target, tickets.get(actor, sourceId));
    }

    @MutationMapping
    MergeUsersPayload mergeUsers(@Argument MergeInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new MergeUsersPayload(userMerges.merge(
                actor,
                Ids.require(input.sourceId(), "input.sourceId"),
                Ids.require(input.targetId(), "input.targetId")));
    }

    @BatchMapping(typeName = "Ticket")
    Map<Ticket, List<LinkedTicket>> links(List<Ticket> batch, GraphQLContext context) {
        Map<Long, List<LinkedTicket>> links =
                relationQueries.linksOf(CurrentActor.from(context), Batches.ids(batch, Ticket::id));
        Map<Ticket, List<LinkedTicket>> result = new HashMap<>();
        batch.forEach(t -> result.put(t, links.getOrDefault(t.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "Ticket")
    Map<Ticket, Ticket> parent(List<Ticket> batch, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        return Batches.byKey(batch, Ticket::id, ids -> relationQueries.parentsOf(actor, ids));
    }

    @BatchMapping(typeName = "Ticket")
    Map<Ticket, List<Ticket>> subTickets(List<Ticket> batch, GraphQLContext context) {
        Map<Long, List<Ticket>> children =
                relationQueries.childrenOf(CurrentActor.from(context), Batches.ids(batch, Ticket::id));
        Map<Ticket, List<Ticket>> result = new HashMap<>();
        batch.forEach(t -> result.put(t, children.getOrDefault(t.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "Ticket")
    Map<Ticket, Ticket> mergedInto(List<Ticket> batch, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        return Batches.byKey(batch, Ticket::id, ids -> mergeQueries.mergedIntoOf(actor, ids));
    }

    @SchemaMapping(typeName = "TicketLink", field = "id")
    String linkId(LinkedTicket link) {
        return Ids.of(link.linkId());
    }

    @SchemaMapping(typeName = "TicketLink", field = "ticket")
    Ticket linkedTicket(LinkedTicket link) {
        return link.other();
    }
}
