package io.polydesk.compat.ticketingv1.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A file of a ticket or comment; {@code url} is Polydesk's download endpoint, which takes the same credentials. */
public record AttachmentItem(
        String id,
        String filename,
        long size,
        @JsonProperty("mime_type") String mimeType,
        String url,
        @JsonProperty("created_at") String createdAt) {}
