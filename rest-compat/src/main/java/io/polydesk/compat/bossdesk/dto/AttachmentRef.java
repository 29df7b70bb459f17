package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A file as a ticket or comment lists it; {@code GET .../attachments/:id} gives its download address. */
public record AttachmentRef(
        long id,
        String description,
        String name,
        @JsonProperty("created_at") String createdAt,
        long size) {}
