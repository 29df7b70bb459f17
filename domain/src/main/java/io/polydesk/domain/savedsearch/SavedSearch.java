package io.polydesk.domain.savedsearch;

import io.polydesk.domain.ticket.TicketFilter;
import java.time.Instant;

/** A named ticket filter. Private ones are seen by their owner only; shared ones by every signed-in user. */
public record SavedSearch(
        long id,
        long ownerId,
        String name,
        SavedSearchKind kind,
        boolean shared,
        TicketFilter filter,
        Instant createdAt,
        Instant updatedAt) {
}
