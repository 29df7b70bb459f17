package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One row of {@code GET /users}. */
public record UserItem(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String username,
        String email,
        @JsonProperty("is_agent") boolean isAgent,
        @JsonProperty("archived_at") String archivedAt,
        @JsonProperty("updated_at") String updatedAt) {}
