package io.polydesk.compat.arctyk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The 201 body of {@code POST /tickets/}: the subset the Arctyk document shows. */
public record TicketCreated(
        long id,
        @JsonProperty("ticket_number") String ticketNumber,
        String title,
        String status,
        String priority,
        @JsonProperty("created_at") String createdAt) {}
