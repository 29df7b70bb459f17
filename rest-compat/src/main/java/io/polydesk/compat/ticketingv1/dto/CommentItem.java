package io.polydesk.compat.ticketingv1.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A comment in the ticket detail; {@code created_by} is null for comments Polydesk wrote itself. */
public record CommentItem(
        String id,
        String content,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("created_by") PersonRef createdBy,
        @JsonProperty("is_internal") boolean internal) {}
