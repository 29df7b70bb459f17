package io.polydesk.domain.comment;

/** A comment's text changed, published inside the editing transaction. */
public record CommentEdited(long ticketId, long commentId, long actorId, boolean internal) {}
