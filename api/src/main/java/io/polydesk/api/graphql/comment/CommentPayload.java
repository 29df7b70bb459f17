package io.polydesk.api.graphql.comment;

import io.polydesk.domain.comment.Comment;

/** The payload of the comment mutations that leave a comment behind. */
public record CommentPayload(Comment comment) {}
