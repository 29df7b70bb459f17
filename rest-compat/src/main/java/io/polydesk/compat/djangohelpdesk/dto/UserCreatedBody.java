package io.polydesk.compat.djangohelpdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /users/}: the new user without id or password, as django-helpdesk answers. */
public record UserCreatedBody(
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String username,
        String email) {}
