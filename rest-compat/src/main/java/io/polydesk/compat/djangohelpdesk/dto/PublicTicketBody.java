package io.polydesk.compat.djangohelpdesk.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** {@code /user_tickets/}: django-helpdesk's PublicTicketListingSerializer, display strings and all. */
@JsonPropertyOrder({
    "ticket",
    "id",
    "title",
    "queue",
    "status",
    "created",
    "due_date",
    "submitter",
    "kbitem",
    "secret_key"
})
public record PublicTicketBody(
        String ticket,
        long id,
        String title,
        QueueRef queue,
        String status,
        String created,
        @JsonProperty("due_date") String dueDate,
        String submitter,
        String kbitem,
        @JsonProperty("secret_key") String secretKey,
        @JsonIgnore Map<String, Object> custom) {

    @JsonAnyGetter
    public Map<String, Object> customKeys() {
        return custom;
    }

    /** The queue as {@code {"title", "id"}}. */
    public record QueueRef(String title, Long id) {}
}
