package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A person as tickets, comments, tasks and time entries point at them. */
public record PersonRef(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String username) {}
