package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One row of {@code GET /my/tickets}. */
public record MyTicketItem(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        String title,
        String status,
        @JsonProperty("due_at") String dueAt,
        TypeRef type,
        MyPersonRef agent) {}
