package io.polydesk.compat.arctyk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One element of {@code GET /tickets/<id>/comments/}; {@code author} is null for comments Polydesk wrote. */
public record CommentItem(
        long id,
        long ticket,
        UserRef author,
        String content,
        @JsonProperty("comment_type") String commentType,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("edit_count") int editCount) {}
