package io.polydesk.compat.ticketingv1.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A row of {@code GET /tickets}. */
public record TicketItem(
        String id,
        String title,
        String description,
        String status,
        String priority,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("created_by") PersonRef createdBy,
        @JsonProperty("assigned_to") PersonRef assignedTo,
        List<String> tags) {}
