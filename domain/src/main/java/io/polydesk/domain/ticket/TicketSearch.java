package io.polydesk.domain.ticket;

import java.time.Instant;

/**
 * One page of a ticket listing as the database runs it: either after a keyset position (the typed
 * {@code after*} values) or from an offset.
 */
public record TicketSearch(
        TicketCriteria criteria,
        TicketOrder order,
        Long afterId,
        Instant afterTime,
        Integer afterLevel,
        long offset,
        int limit) {

    /** A page from an offset, without a keyset position. */
    public static TicketSearch atOffset(TicketCriteria criteria, TicketOrder order, long offset, int limit) {
        return new TicketSearch(criteria, order, null, null, null, offset, limit);
    }
}
