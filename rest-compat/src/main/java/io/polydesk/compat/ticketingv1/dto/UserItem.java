package io.polydesk.compat.ticketingv1.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A row of {@code GET /users}; {@code last_login_at} is null, as Polydesk does not record sign-ins. */
public record UserItem(
        String id,
        String name,
        String email,
        String role,
        String status,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("last_login_at") String lastLoginAt) {}
