package io.polydesk.domain.attachment;

/** What an attachment is bound to; a pending upload has none yet. */
public enum OwnerKind {
    TICKET,
    COMMENT,
    ASSET
}
