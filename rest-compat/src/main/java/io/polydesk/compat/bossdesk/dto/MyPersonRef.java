package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A person as the end-user side shows them: no username. */
public record MyPersonRef(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName) {}
