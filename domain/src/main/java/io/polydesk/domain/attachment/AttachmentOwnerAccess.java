package io.polydesk.domain.attachment;

import io.polydesk.domain.shared.Actor;

/**
 * Who may see and change the owners of one kind. One implementation per {@link OwnerKind}; a kind without one
 * cannot receive attachments yet.
 */
public interface AttachmentOwnerAccess {

    OwnerKind kind();

    /**
     * Checks that the caller may attach files to this owner and returns the ticket it belongs to, or null
     * when it is not part of a ticket. Throws NOT_FOUND for an owner the caller cannot see.
     */
    Long requireChangeable(Actor actor, long ownerId);

    /** Whether the caller may see this attachment, which is bound to an owner of this kind. */
    boolean canView(Actor actor, Attachment attachment);
}
