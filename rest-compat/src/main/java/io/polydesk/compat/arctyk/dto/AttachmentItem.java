package io.polydesk.compat.arctyk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One element of a ticket detail's {@code attachments}. The document leaves the shape open; this one uses
 * Arctyk's snake_case and timestamps, and {@code url} is Polydesk's download path.
 */
public record AttachmentItem(
        long id,
        String filename,
        long size,
        @JsonProperty("content_type") String contentType,
        String url,
        @JsonProperty("created_at") String createdAt) {}
