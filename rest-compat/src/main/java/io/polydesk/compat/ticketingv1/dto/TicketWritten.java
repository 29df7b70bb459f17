package io.polydesk.compat.ticketingv1.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** What {@code POST /tickets} and {@code PATCH /tickets/{id}} answer: the list row with its custom fields. */
public record TicketWritten(
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
        @JsonProperty("custom_fields") Map<String, String> customFields) {}
