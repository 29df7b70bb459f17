package io.polydesk.domain.attachment;

import io.polydesk.domain.shared.Validation;

/** Binds a pending upload to exactly one owner: a ticket, a comment or an asset. */
public record AttachFile(long attachmentId, Long ticketId, Long commentId, Long assetId) {

    public AttachFile {
        int owners = (ticketId == null ? 0 : 1) + (commentId == null ? 0 : 1) + (assetId == null ? 0 : 1);
        new Validation()
                .check(owners == 1, "owner", "name exactly one of ticketId, commentId and assetId")
                .throwIfInvalid();
    }

    public static AttachFile toTicket(long attachmentId, long ticketId) {
        return new AttachFile(attachmentId, ticketId, null, null);
    }

    public static AttachFile toComment(long attachmentId, long commentId) {
        return new AttachFile(attachmentId, null, commentId, null);
    }

    public static AttachFile toAsset(long attachmentId, long assetId) {
        return new AttachFile(attachmentId, null, null, assetId);
    }

    public OwnerKind ownerKind() {
        return ticketId != null ? OwnerKind.TICKET : commentId != null ? OwnerKind.COMMENT : OwnerKind.ASSET;
    }

    public long ownerId() {
        return ticketId != null ? ticketId : commentId != null ? commentId : assetId;
    }

    /** The input field that named the owner, for error details. */
    public String ownerField() {
        return switch (ownerKind()) {
            case TICKET -> "ticketId";
            case COMMENT -> "commentId";
            case ASSET -> "assetId";
        };
    }
}
