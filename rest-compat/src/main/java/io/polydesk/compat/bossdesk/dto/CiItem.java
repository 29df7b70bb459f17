package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** One row of {@code GET /cis}. */
public record CiItem(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        String name,
        String description,
        boolean online,
        @JsonProperty("updated_at") String updatedAt,
        boolean archived,
        Map<String, Object> inventory,
        CiRef.CiTypeRef type,
        NamedRef status) {}
