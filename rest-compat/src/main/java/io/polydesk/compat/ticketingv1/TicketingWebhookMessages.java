package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload;
import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketEvent;
import io.polydesk.domain.ticket.TicketEvent.CommentAdded;
import io.polydesk.domain.ticket.TicketEvent.TicketCreated;
import io.polydesk.domain.ticket.TicketEvent.TicketUpdated;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.webhook.WebhookEndpoint;
import io.polydesk.domain.webhook.WebhookEventTypes;
import io.polydesk.domain.webhook.WebhookMessages;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook bodies in this document's shape (§5.5), as JSON text the deliveries store and sign: the logged event
 * is turned back into the domain event {@link TicketingWebhookPayloads} renders, as the owner sees it now.
 */
@Component
@ConditionalOnDialect(TicketingV1Dialect.NAME)
class TicketingWebhookMessages implements WebhookMessages {

    private final TicketingWebhookPayloads payloads;
    private final TicketQueries tickets;
    private final UserQueries users;
    private final TicketingConverter converter;
    private final JsonMapper json;

    TicketingWebhookMessages(
            TicketingWebhookPayloads payloads,
            TicketQueries tickets,
            UserQueries users,
            TicketingConverter converter,
            JsonMapper json) {
        this.payloads = payloads;
        this.tickets = tickets;
        this.users = users;
        this.converter = converter;
        this.json = json;
    }

    @Override
    public Optional<String> render(Actor owner, DomainEvent event) {
        Optional<String> type = WebhookEventTypes.of(event.type());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        long actorId = event.actorId() == null ? 0 : event.actorId();
        Instant at = event.occurredAt();
        Optional<WebhookPayload> payload = switch (event.type()) {
            case USER_CREATED -> userCreated(owner, event.objectId(), at);
            case TICKET_CREATED -> ticket(owner, new TicketCreated(event.ticketId(), actorId), at, type.get());
            case COMMENT_ADDED ->
                ticket(
                        owner,
                        new CommentAdded(event.ticketId(), actorId, event.objectId(), event.internal()),
                        at,
                        type.get());
            case TICKET_STATUS_CHANGED -> {
                TicketChange status = new TicketChange(
                        0,
                        event.ticketId(),
                        event.actorId(),
                        at,
                        "status",
                        (String) event.payload().get("from"),
                        (String) event.payload().get("to"));
                yield ticket(owner, new TicketUpdated(event.ticketId(), actorId, List.of(status)), at, type.get());
            }
            case TICKET_UPDATED -> {
                List<TicketChange> changes = changesOf(owner, event);
                yield changes.isEmpty()
                        ? Optional.empty()
                        : ticket(owner, new TicketUpdated(event.ticketId(), actorId, changes), at, type.get());
            }
            case TICKET_SLA_BREACHED ->
                payloads.slaBreached(
                        owner,
                        event.ticketId(),
                        String.valueOf(event.payload().get("target")),
                        String.valueOf(event.payload().get("dueAt")),
                        at);
            default -> Optional.empty();
        };
        return payload.map(json::writeValueAsString);
    }

    /** Not one of the document's events: {@code data.webhook} names the endpoint being tried. */
    @Override
    public String test(WebhookEndpoint endpoint, Instant at) {
        return json.writeValueAsString(new WebhookPayload(
                WebhookEventTypes.TEST,
                converter.timestamp(at),
                Map.of("webhook", Map.of("id", Long.toString(endpoint.id()), "url", endpoint.url()))));
    }

    private Optional<WebhookPayload> ticket(Actor owner, TicketEvent event, Instant at, String type) {
        return payloads.of(owner, event, at).stream()
                .filter(p -> p.event().equals(type))
                .findFirst();
    }

    private Optional<WebhookPayload> userCreated(Actor owner, Long userId, Instant at) {
        if (userId == null) {
            return Optional.empty();
        }
        User user = users.byIds(owner, List.of(userId)).get(userId);
        return Optional.ofNullable(user).map(u -> payloads.userCreated(u, at));
    }

    /**
     * The log names the fields an update changed; their values are in the ticket's history, as the entries of one
     * write by the event's actor, written at one instant: the latest such write at or before the event.
     */
    private List<TicketChange> changesOf(Actor owner, DomainEvent event) {
        Object named = event.payload().get("fields");
        if (!(named instanceof Collection<?> fields) || event.ticketId() == null) {
            return List.of();
        }
        List<TicketChange> history;
        try {
            history = tickets.history(owner, event.ticketId());
        } catch (DomainException e) {
            return List.of();
        }
        List<TicketChange> candidates = history.stream()
                .filter(c -> Objects.equals(c.actorId(), event.actorId()))
                .filter(c -> fields.contains(c.field()))
                .filter(c -> !c.at().isAfter(event.occurredAt()))
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Instant written = candidates.stream()
                .map(TicketChange::at)
                .max(Instant::compareTo)
                .orElseThrow();
        return candidates.stream().filter(c -> c.at().equals(written)).toList();
    }
}
