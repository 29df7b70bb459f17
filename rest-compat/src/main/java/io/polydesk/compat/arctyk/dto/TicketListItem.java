package io.polydesk.compat.arctyk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One row of {@code GET /tickets/}: people are plain e-mail strings here, unlike in the detail. */
public record TicketListItem(
        long id,
        @JsonProperty("ticket_number") String ticketNumber,
        String title,
        String description,
        String status,
        String priority,
        String requester,
        @JsonProperty("assigned_to") String assignedTo,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {}
