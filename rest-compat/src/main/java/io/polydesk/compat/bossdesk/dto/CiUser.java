package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A user a CI is assigned to. */
public record CiUser(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String email,
        @JsonProperty("domain_name") String domainName,
        String username,
        NamedRef group,
        List<NamedRef> roles) {}
