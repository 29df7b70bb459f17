package io.polydesk.compat.ticketingv1.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** {@code GET /tickets/{id}}: the row with the comments and files the caller may see, and the custom fields. */
public record TicketDetail(
        String id,
        String title,
        String description,
        String status,
        String priority,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("created_by") PersonRef createdBy,
        @JsonProperty("assigned_to") PersonRef assignedTo,
        List<String> tags,
        List<CommentItem> comments,
        List<AttachmentItem> attachments,
        @JsonProperty("custom_fields") Map<String, String> customFields) {}
