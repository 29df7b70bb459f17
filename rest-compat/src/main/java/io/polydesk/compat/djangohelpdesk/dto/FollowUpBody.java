package io.polydesk.compat.djangohelpdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** django-helpdesk's FollowUp serializer: a Polydesk comment, keys in the serializer's order. */
public record FollowUpBody(
        long id,
        long ticket,
        Long user,
        String title,
        String comment,
        @JsonProperty("public") boolean isPublic,
        @JsonProperty("new_status") Integer newStatus,
        @JsonProperty("time_spent") String timeSpent,
        @JsonProperty("followupattachment_set") List<FollowUpAttachmentBody> followupattachmentSet,
        String date,
        @JsonProperty("message_id") String messageId) {}
