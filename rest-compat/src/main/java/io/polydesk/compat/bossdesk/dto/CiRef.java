package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A CI (Polydesk asset) as a ticket lists it. */
public record CiRef(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        String name,
        boolean online,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("inventory_updated_at") String inventoryUpdatedAt,
        @JsonProperty("archived_at") String archivedAt,
        String os,
        CiTypeRef type,
        CiStatusRef status) {

    public record CiTypeRef(long id, String name, String icon) {}

    public record CiStatusRef(long id, String name, String color) {}
}
