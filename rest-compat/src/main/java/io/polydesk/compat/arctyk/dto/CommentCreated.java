package io.polydesk.compat.arctyk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The 201 body of {@code POST /tickets/<id>/comments/}; here the document gives {@code author} as a string. */
public record CommentCreated(
        long id,
        long ticket,
        String author,
        String content,
        @JsonProperty("comment_type") String commentType,
        @JsonProperty("created_at") String createdAt) {}
