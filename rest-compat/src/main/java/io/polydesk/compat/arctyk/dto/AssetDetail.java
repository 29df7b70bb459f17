package io.polydesk.compat.arctyk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One asset in the detail, create and update answers: the list row's fields first, in the same forms, then the
 * fields the document's create and update accept.
 */
public record AssetDetail(
        long id,
        String name,
        String type,
        String status,
        String location,
        String owner,
        String description,
        String manufacturer,
        String model,
        @JsonProperty("serial_number") String serialNumber,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {}
