package io.polydesk.api.graphql.node;

import graphql.GraphQLContext;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetNote;
import io.polydesk.domain.asset.AssetQueries;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.OrganisationQueries;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.webhook.WebhookDelivery;
import io.polydesk.domain.webhook.WebhookEndpoint;
import io.polydesk.domain.webhook.WebhookEndpointService;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The objects that the older {@code ...Id} fields only name, each loaded once for every source of a response and
 * through the same visibility rule as a direct lookup: what the caller may not see is null.
 */
@Controller
class ReferencedObjectsGraphQlController {

    private final TicketQueries tickets;
    private final AssetQueries assets;
    private final OrganisationQueries organisations;
    private final WebhookEndpointService endpoints;

    ReferencedObjectsGraphQlController(
            TicketQueries tickets,
            AssetQueries assets,
            OrganisationQueries organisations,
            WebhookEndpointService endpoints) {
        this.tickets = tickets;
        this.assets = assets;
        this.organisations = organisations;
        this.endpoints = endpoints;
    }

    @BatchMapping(typeName = "Comment", field = "ticket")
    Map<Comment, Ticket> commentTicket(List<Comment> batch, GraphQLContext context) {
        return Batches.byKey(batch, Comment::ticketId, visibleTickets(context));
    }

    @BatchMapping(typeName = "Attachment", field = "ticket")
    Map<Attachment, Ticket> attachmentTicket(List<Attachment> batch, GraphQLContext context) {
        return Batches.byKey(batch, Attachment::ticketId, visibleTickets(context));
    }

    @BatchMapping(typeName = "Attachment", field = "asset")
    Map<Attachment, Asset> attachmentAsset(List<Attachment> batch, GraphQLContext context) {
        return Batches.byKey(batch, Attachment::assetId, ids -> assets.visibleByIds(CurrentActor.from(context), ids));
    }

    @BatchMapping(typeName = "AssetNote", field = "asset")
    Map<AssetNote, Asset> noteAsset(List<AssetNote> batch, GraphQLContext context) {
        return Batches.byKey(batch, AssetNote::assetId, ids -> assets.visibleByIds(CurrentActor.from(context), ids));
    }

    @BatchMapping(typeName = "Task", field = "ticket")
    Map<Task, Ticket> taskTicket(List<Task> batch, GraphQLContext context) {
        return Batches.byKey(batch, Task::ticketId, visibleTickets(context));
    }

    @BatchMapping(typeName = "Task", field = "team")
    Map<Task, AgentTeam> taskTeam(List<Task> batch, GraphQLContext context) {
        return Batches.byKey(batch, Task::teamId, ids -> organisations.teamsByIds(CurrentActor.from(context), ids));
    }

    @BatchMapping(typeName = "TimeEntry", field = "ticket")
    Map<TimeEntry, Ticket> timeEntryTicket(List<TimeEntry> batch, GraphQLContext context) {
        return Batches.byKey(batch, TimeEntry::ticketId, visibleTickets(context));
    }

    /** Endpoints are few and for administrators only, who alone see deliveries: one read of them all. */
    @BatchMapping(typeName = "WebhookDelivery", field = "endpoint")
    Map<WebhookDelivery, WebhookEndpoint> deliveryEndpoint(List<WebhookDelivery> batch, GraphQLContext context) {
        return Batches.byKey(
                batch,
                WebhookDelivery::endpointId,
                ids -> endpoints.list(CurrentActor.from(context)).stream()
                        .filter(endpoint -> ids.contains(endpoint.id()))
                        .collect(Collectors.toMap(WebhookEndpoint::id, Function.identity())));
    }

    private Function<Collection<Long>, Map<Long, Ticket>> visibleTickets(GraphQLContext context) {
        return ids -> tickets.visibleByIds(CurrentActor.from(context), ids);
    }
}
