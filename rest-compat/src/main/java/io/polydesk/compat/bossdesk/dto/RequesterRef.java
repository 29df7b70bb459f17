package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The requester in the ticket detail: a person with contact details. */
public record RequesterRef(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String username,
        @JsonProperty("is_agent") boolean isAgent,
        String email,
        String phone,
        String mobile,
        NamedRef group) {}
