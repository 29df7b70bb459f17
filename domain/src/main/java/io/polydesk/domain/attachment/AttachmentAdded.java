package io.polydesk.domain.attachment;

/**
 * A file was bound to its owner, inside the binding transaction. {@code ticketId} is the ticket it shows on
 * (its own, or its comment's), null for an asset's file.
 */
public record AttachmentAdded(long attachmentId, OwnerKind ownerKind, long ownerId, Long ticketId, long actorId) {}
