package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One attachment with an expiring download address served by Polydesk itself. */
public record AttachmentDetail(
        long id,
        String name,
        String description,
        long size,
        @JsonProperty("secure_url") String secureUrl,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("created_by") PersonRef createdBy,
        @JsonProperty("secure_url_expire_time_in_mins") long secureUrlExpireTimeInMins) {}
