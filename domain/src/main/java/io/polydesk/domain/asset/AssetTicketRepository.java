package io.polydesk.domain.asset;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Which assets which tickets concern; at most one row per pair. */
public interface AssetTicketRepository {

    /** Answers false when the two were already linked. */
    boolean link(long assetId, long ticketId, Instant at);

    /** Answers false when the two were not linked. */
    boolean unlink(long assetId, long ticketId);

    /** The links of many assets, oldest first per asset. */
    List<AssetTicket> ofAssets(Collection<Long> assetIds);

    /** The links of many tickets, oldest first per ticket. */
    List<AssetTicket> ofTickets(Collection<Long> ticketIds);

    /** A ticket merge: the source's assets become the target's, without duplicating those it already has. */
    void moveTicket(long sourceTicketId, long targetTicketId);
}
