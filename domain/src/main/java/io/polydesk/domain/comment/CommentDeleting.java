package io.polydesk.domain.comment;

/**
 * A comment is about to be deleted, inside the deleting transaction; listeners remove what hangs off it, so
 * the delete never leaves orphans and a rollback undoes both.
 */
public record CommentDeleting(long ticketId, long commentId, long actorId, boolean internal) {}
