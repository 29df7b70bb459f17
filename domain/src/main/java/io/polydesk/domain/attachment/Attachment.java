package io.polydesk.domain.attachment;

import java.time.Instant;

/**
 * A stored file and what it belongs to. {@code ownerKind} and {@code ownerId} are null while the upload is
 * pending; {@code ticketId} is set when the owner is a ticket or one of its comments.
 *
 * @param storageKey where {@link BlobStorage} keeps the bytes; never shown to clients
 */
public record Attachment(
        long id,
        OwnerKind ownerKind,
        Long ownerId,
        Long ticketId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String storageKey,
        long uploadedBy,
        Instant createdAt) {

    public boolean pending() {
        return ownerKind == null;
    }

    public Long commentId() {
        return ownerKind == OwnerKind.COMMENT ? ownerId : null;
    }

    public Long assetId() {
        return ownerKind == OwnerKind.ASSET ? ownerId : null;
    }
}
