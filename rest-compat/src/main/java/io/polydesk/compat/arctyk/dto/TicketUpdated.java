package io.polydesk.compat.arctyk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The 200 body of {@code PATCH /tickets/<id>/}: the subset the Arctyk document shows. */
public record TicketUpdated(
        long id,
        @JsonProperty("ticket_number") String ticketNumber,
        String title,
        String status,
        String priority,
        @JsonProperty("updated_at") String updatedAt) {}
