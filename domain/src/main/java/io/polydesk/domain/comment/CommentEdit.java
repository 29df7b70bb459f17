package io.polydesk.domain.comment;

import java.time.Instant;

/** The content a comment had before one edit. */
public record CommentEdit(long id, long commentId, Long editorId, Instant editedAt, String previousContent) {}
