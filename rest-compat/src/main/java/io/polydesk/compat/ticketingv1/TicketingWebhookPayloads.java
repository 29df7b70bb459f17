package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.ticketingv1.dto.PersonRef;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload.CommentCreatedData;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload.SlaBreachedData;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload.StatusChangedData;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload.StatusChangedTicket;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload.TicketCreatedData;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload.TicketRef;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload.TicketUpdatedData;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload.Transition;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload.UpdatedTicket;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload.UserCreatedData;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketEvent;
import io.polydesk.domain.ticket.TicketEvent.CommentAdded;
import io.polydesk.domain.ticket.TicketEvent.TicketUpdated;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The seam for webhook delivery (issue "Live events"): turns Polydesk's domain events into this API's payloads,
 * as one recipient may see them. A ticket or comment the recipient may not see gives no payload; a status
 * change that stays the same word here ({@code new} to {@code open}) gives no {@code ticket.status_changed}.
 */
@Component
@ConditionalOnDialect(TicketingV1Dialect.NAME)
public class TicketingWebhookPayloads {

    public static final List<String> EVENTS =
            List.of("ticket.created", "ticket.updated", "ticket.status_changed", "comment.created", "user.created");

    private final TicketQueries tickets;
    private final CommentQueries comments;
    private final AttachmentQueries attachments;
    private final UserQueries users;
    private final CustomFieldService customFields;
    private final TicketingTicketViews views;
    private final TicketingConverter converter;

    TicketingWebhookPayloads(
            TicketQueries tickets,
            CommentQueries comments,
            AttachmentQueries attachments,
            UserQueries users,
            CustomFieldService customFields,
            TicketingTicketViews views,
            TicketingConverter converter) {
        this.tickets = tickets;
        this.comments = comments;
        this.attachments = attachments;
        this.users = users;
        this.customFields = customFields;
        this.views = views;
        this.converter = converter;
    }

    /** The payloads one domain event becomes for {@code recipient}, the owner of a webhook; often one, maybe none. */
    public List<WebhookPayload> of(Actor recipient, TicketEvent event, Instant at) {
        Optional<Ticket> ticket = visible(recipient, event.ticketId());
        if (ticket.isEmpty()) {
            return List.of();
        }
        String timestamp = converter.timestamp(at);
        if (event instanceof TicketUpdated updated) {
            return updated(recipient, ticket.get(), updated, timestamp);
        }
        if (event instanceof CommentAdded added) {
            return commentAdded(recipient, ticket.get(), added, timestamp);
        }
        return List.of(new WebhookPayload(
                "ticket.created",
                timestamp,
                new TicketCreatedData(converter.toWritten(views.row(recipient, ticket.get())))));
    }

    /** {@code ticket.sla_breached}, for a recipient who may see the ticket. */
    public Optional<WebhookPayload> slaBreached(
            Actor recipient, long ticketId, String target, String dueAt, Instant at) {
        return visible(recipient, ticketId)
                .map(ticket -> new WebhookPayload(
                        "ticket.sla_breached",
                        converter.timestamp(at),
                        new SlaBreachedData(new TicketRef(Long.toString(ticket.id()), ticket.title()), target, dueAt)));
    }

    /** {@code user.created}; Polydesk publishes no domain event for it yet, so the events work passes the user. */
    public WebhookPayload userCreated(User user, Instant at) {
        return new WebhookPayload("user.created", converter.timestamp(at), new UserCreatedData(converter.toUser(user)));
    }

    private List<WebhookPayload> updated(Actor recipient, Ticket ticket, TicketUpdated event, String timestamp) {
        if (event.changes().stream().anyMatch(c -> c.field().equals("archived"))) {
            // The document has no deletion event; a deleted ticket is simply gone.
            return List.of();
        }
        Map<String, Transition> changes = changes(recipient, event.changes());
        PersonRef by = person(recipient, event.actorId());
        String id = Long.toString(ticket.id());
        List<WebhookPayload> payloads = new ArrayList<>();
        if (!changes.isEmpty()) {
            payloads.add(new WebhookPayload(
                    "ticket.updated",
                    timestamp,
                    new TicketUpdatedData(new UpdatedTicket(id, ticket.title(), changes, by))));
        }
        Transition status = changes.get("status");
        if (status != null) {
            payloads.add(new WebhookPayload(
                    "ticket.status_changed",
                    timestamp,
                    new StatusChangedData(new StatusChangedTicket(id, ticket.title(), status, by))));
        }
        return payloads;
    }

    private List<WebhookPayload> commentAdded(Actor recipient, Ticket ticket, CommentAdded event, String timestamp) {
        Comment comment;
        try {
            comment = comments.get(recipient, ticket.id(), event.commentId());
        } catch (DomainException e) {
            return List.of();
        }
        User author = comment.authorId() == null
                ? null
                : users.byIds(recipient, List.of(comment.authorId())).get(comment.authorId());
        return List.of(new WebhookPayload(
                "comment.created",
                timestamp,
                new CommentCreatedData(
                        new TicketRef(Long.toString(ticket.id()), ticket.title()),
                        converter.toCreated(
                                comment,
                                author,
                                attachments
                                        .ofComments(recipient, List.of(comment.id()))
                                        .getOrDefault(comment.id(), List.of())))));
    }

    /** The changes this API has words for, in those words; a change that reads the same here is no change. */
    private Map<String, Transition> changes(Actor recipient, List<TicketChange> entries) {
        Map<String, Transition> result = new LinkedHashMap<>();
        Map<Long, String> fieldKeys = new LinkedHashMap<>();
        for (TicketChange c : entries) {
            String from = c.fromValue();
            String to = c.toValue();
            switch (c.field()) {
                case "title", "description" -> result.put(c.field(), new Transition(from, to));
                case "status" ->
                    put(result, "status", TicketingVocabulary.status(from), TicketingVocabulary.status(to));
                case "priority" ->
                    put(result, "priority", TicketingVocabulary.priority(from), TicketingVocabulary.priority(to));
                case "assignee" -> result.put("assigned_to", new Transition(from, to));
                case "tags" -> result.put("tags", new Transition(list(from), list(to)));
                default -> {
                    if (c.field().startsWith("customField:")) {
                        if (fieldKeys.isEmpty()) {
                            customFields.ticketFields(recipient).forEach(f -> fieldKeys.put(f.id(), f.key()));
                        }
                        String key = fieldKeys.get(Long.valueOf(c.field().substring("customField:".length())));
                        if (key != null) {
                            result.put("custom_fields." + key, new Transition(from, to));
                        }
                    }
                    // project, team, type, due date, resolution and company are not fields of this API
                }
            }
        }
        return result;
    }

    private static void put(Map<String, Transition> result, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            result.put(field, new Transition(from, to));
        }
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** The person as the webhook's owner may see them ({@code UserProjection}): no address of others for customers. */
    private PersonRef person(Actor recipient, long userId) {
        User user = users.byIds(recipient, List.of(userId)).get(userId);
        return user == null ? null : converter.toPerson(user);
    }

    private Optional<Ticket> visible(Actor recipient, long ticketId) {
        try {
            return Optional.of(tickets.get(recipient, ticketId));
        } catch (DomainException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
