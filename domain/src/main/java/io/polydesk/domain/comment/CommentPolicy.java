package io.polydesk.domain.comment;

import io.polydesk.domain.shared.Actor;

/** Who may change which comment of a ticket they can see; pure rules, no lookups. */
public final class CommentPolicy {

    private CommentPolicy() {}

    static boolean isAuthorOrAdmin(Actor actor, Comment comment) {
        boolean author = comment.authorId() != null && comment.authorId() == actor.userId();
        return author || actor.isAdmin();
    }

    /** Its author or an administrator may edit or delete a comment; nobody a system comment. */
    public static boolean canChange(Actor actor, Comment comment) {
        return !comment.system() && isAuthorOrAdmin(actor, comment);
    }
}
