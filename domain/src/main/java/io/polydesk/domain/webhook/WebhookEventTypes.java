package io.polydesk.domain.webhook;

import io.polydesk.domain.event.EventType;
import java.util.List;
import java.util.Optional;

/** The events an endpoint can ask for: the Ticketing Platform document's list, whose payloads Polydesk sends. */
public final class WebhookEventTypes {

    public static final String TEST = "webhook.test";

    public static final List<String> ALL = List.of(
            "ticket.created",
            "ticket.updated",
            "ticket.status_changed",
            "comment.created",
            "user.created",
            "ticket.sla_breached");

    private WebhookEventTypes() {}

    /**
     * The document's event a logged event is sent as, if any. A status change is logged twice (as an update and as
     * a status change): the update becomes {@code ticket.updated}, the status change {@code ticket.status_changed}.
     * Assignments are updates; merges, deletions, comment edits and files have no event in the document.
     */
    public static Optional<String> of(EventType type) {
        return Optional.ofNullable(
                switch (type) {
                    case TICKET_CREATED -> "ticket.created";
                    case TICKET_UPDATED -> "ticket.updated";
                    case TICKET_STATUS_CHANGED -> "ticket.status_changed";
                    case COMMENT_ADDED -> "comment.created";
                    case USER_CREATED -> "user.created";
                    case TICKET_SLA_BREACHED -> "ticket.sla_breached";
                    default -> null;
                });
    }
}
