package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One row of {@code GET /tickets}. */
public record TicketListItem(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        String title,
        String status,
        @JsonProperty("due_at") String dueAt,
        TypeRef type,
        PriorityRef priority,
        CategoryRef category,
        @JsonProperty("extended_status") NamedRef extendedStatus,
        PersonRef requester,
        PersonRef agent) {}
