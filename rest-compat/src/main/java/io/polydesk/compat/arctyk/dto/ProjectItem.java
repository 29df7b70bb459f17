package io.polydesk.compat.arctyk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A project in every project response: list, detail, create and update. */
public record ProjectItem(
        long id,
        String name,
        String description,
        @JsonProperty("ticket_count") long ticketCount,
        @JsonProperty("created_at") String createdAt) {}
