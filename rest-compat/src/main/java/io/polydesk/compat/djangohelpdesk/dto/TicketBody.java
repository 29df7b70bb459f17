package io.polydesk.compat.djangohelpdesk.dto;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * django-helpdesk's Ticket serializer, keys in its order; one {@code custom_<key>} per ticket custom field follows
 * {@code followup_set}.
 */
@JsonPropertyOrder({
    "id",
    "queue",
    "title",
    "description",
    "resolution",
    "submitter_email",
    "assigned_to",
    "status",
    "on_hold",
    "priority",
    "due_date",
    "merged_to",
    "followup_set"
})
public record TicketBody(
        long id,
        Long queue,
        String title,
        String description,
        String resolution,
        @JsonProperty("submitter_email") String submitterEmail,
        @JsonProperty("assigned_to") Long assignedTo,
        int status,
        @JsonProperty("on_hold") boolean onHold,
        int priority,
        @JsonProperty("due_date") String dueDate,
        @JsonProperty("merged_to") Long mergedTo,
        @JsonProperty("followup_set") List<FollowUpBody> followupSet,
        @JsonIgnore Map<String, Object> custom) {

    @JsonAnyGetter
    public Map<String, Object> customKeys() {
        return custom;
    }
}
