package io.polydesk.domain.ticketview;

import java.util.Collection;
import java.util.Set;

/** Reads the facets of many tickets in a single statement. */
public interface TicketFacetRepository {

    /**
     * @param includeInternalFiles whether files of internal comments are read
     * @param timeEntriesPerTicket how many time entries per ticket, the earliest by date
     */
    TicketFacetRows load(
            Collection<Long> ticketIds,
            Set<TicketFacet> facets,
            boolean includeInternalFiles,
            int timeEntriesPerTicket);
}
