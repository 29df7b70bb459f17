package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /users/:friendly_id}, and the user part of {@code POST /sessions}. */
public record UserDetail(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        String email,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String username,
        @JsonProperty("domain_name") String domainName,
        String designation,
        String phone,
        String mobile,
        @JsonProperty("other_email") String otherEmail,
        @JsonProperty("time_zone") String timeZone,
        @JsonProperty("is_agent") boolean isAgent,
        @JsonProperty("archived_at") String archivedAt,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        NamedRef location,
        List<NamedRef> tags,
        NamedRef group,
        List<NamedRef> roles) {}
