package io.polydesk.domain.event;

/** What happened; stored by name, so a type once written keeps its name. */
public enum EventType {
    TICKET_CREATED,
    /** Any change to a ticket's fields; the payload's {@code fields} names them. */
    TICKET_UPDATED,
    /** Also announced as {@link #TICKET_UPDATED}; payload {@code from} and {@code to} are status keys. */
    TICKET_STATUS_CHANGED,
    /** Also announced as {@link #TICKET_UPDATED}; payload {@code from} and {@code to} are user ids or absent. */
    TICKET_ASSIGNED,
    /** On the target ticket; the object is the source ticket, which is closed as a duplicate. */
    TICKET_MERGED,
    /** The ticket was archived, which every surface calls deleting. */
    TICKET_DELETED,
    COMMENT_ADDED,
    COMMENT_EDITED,
    COMMENT_DELETED,
    /** A file was bound to a ticket, a comment or an asset; the object is the attachment. */
    ATTACHMENT_ADDED,
    USER_CREATED,
    /**
     * A ticket missed an SLA deadline; payload {@code target} is {@code first_response} or {@code resolution},
     * {@code dueAt} the deadline and {@code policyId} the policy. Internal: SLAs are for staff.
     */
    TICKET_SLA_BREACHED;

    public boolean isCommentEvent() {
        return this == COMMENT_ADDED || this == COMMENT_EDITED || this == COMMENT_DELETED;
    }
}
