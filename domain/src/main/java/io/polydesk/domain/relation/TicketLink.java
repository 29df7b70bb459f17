package io.polydesk.domain.relation;

import java.time.Instant;

/** A stored link between two distinct tickets; at most one exists per pair of tickets, in either direction. */
public record TicketLink(
        long id, long sourceTicketId, long targetTicketId, LinkKind kind, Long createdBy, Instant createdAt) {

    /** The end of this link that is not {@code ticketId}. */
    public long otherEnd(long ticketId) {
        return sourceTicketId == ticketId ? targetTicketId : sourceTicketId;
    }

    public boolean touches(long ticketId) {
        return sourceTicketId == ticketId || targetTicketId == ticketId;
    }
}
