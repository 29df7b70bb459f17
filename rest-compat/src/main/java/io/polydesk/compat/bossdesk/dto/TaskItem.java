package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A task of a ticket. */
public record TaskItem(
        long id,
        String title,
        String note,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("due_at") String dueAt,
        @JsonProperty("closed_at") String closedAt,
        NamedRef type,
        NamedRef team,
        PersonRef agent,
        @JsonProperty("created_by") PersonRef createdBy) {}
