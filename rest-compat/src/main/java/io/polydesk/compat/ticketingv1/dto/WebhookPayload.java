package io.polydesk.compat.ticketingv1.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One webhook delivery's body as the document shows it: {@code {"event", "timestamp", "data"}}, with the shapes of
 * {@code data} per event below.
 */
public record WebhookPayload(String event, String timestamp, Object data) {

    /** {@code ticket.created}: the ticket as {@code POST /tickets} answers it. */
    public record TicketCreatedData(TicketWritten ticket) {}

    /** {@code ticket.status_changed}, exactly the document's example. */
    public record StatusChangedData(StatusChangedTicket ticket) {}

    public record StatusChangedTicket(
            String id,
            String title,
            Transition status,
            @JsonProperty("updated_by") PersonRef updatedBy) {}

    /** {@code ticket.updated}: each changed field of this API as {@code {previous, current}}. */
    public record TicketUpdatedData(UpdatedTicket ticket) {}

    public record UpdatedTicket(
            String id,
            String title,
            Map<String, Transition> changes,
            @JsonProperty("updated_by") PersonRef updatedBy) {}

    /** A field's value before and after, in this API's words; values are strings, ids or string arrays. */
    public record Transition(Object previous, Object current) {}

    /** {@code comment.created}: the ticket it is on, and the comment as {@code POST .../comments} answers it. */
    public record CommentCreatedData(TicketRef ticket, CommentCreated comment) {}

    public record TicketRef(String id, String title) {}

    /** Polydesk's own event, not in the document: {@code target} is first_response or resolution. */
    public record SlaBreachedData(TicketRef ticket, String target, String dueAt) {}

    /** {@code user.created}: the user as {@code GET /users} lists them. */
    public record UserCreatedData(UserItem user) {}
}
