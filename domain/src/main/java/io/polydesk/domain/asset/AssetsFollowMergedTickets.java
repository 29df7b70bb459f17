package io.polydesk.domain.asset;

import io.polydesk.domain.merge.TicketMergeParticipant;
import org.springframework.stereotype.Component;

/** A merged ticket's assets become the target's, as its comments and links do. */
@Component
class AssetsFollowMergedTickets implements TicketMergeParticipant {

    private final AssetTicketRepository links;

    AssetsFollowMergedTickets(AssetTicketRepository links) {
        this.links = links;
    }

    @Override
    public void ticketMerged(long sourceId, long targetId, boolean sameRequester) {
        links.moveTicket(sourceId, targetId);
    }
}
