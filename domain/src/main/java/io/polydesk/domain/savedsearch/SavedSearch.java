package io.polydesk.domain.savedsearch;

import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.ticket.TicketFilter;
import java.time.Instant;

/**
 * A named ticket or asset filter. Private ones are seen by their owner only; shared ones by every signed-in user.
 * Exactly the filter of its kind is set: {@code ticketFilter} for TICKET, {@code assetFilter} for ASSET.
 */
public record SavedSearch(
        long id,
        long ownerId,
        String name,
        SavedSearchKind kind,
        boolean shared,
        TicketFilter ticketFilter,
        AssetFilter assetFilter,
        Instant createdAt,
        Instant updatedAt) {}
