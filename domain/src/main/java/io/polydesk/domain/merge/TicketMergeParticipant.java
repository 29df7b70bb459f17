package io.polydesk.domain.merge;

/**
 * Something that belongs to tickets and must follow a merge (attachments, for one). Called inside the merge's
 * transaction after comments, links and sub-tickets have moved; throwing undoes the whole merge.
 */
public interface TicketMergeParticipant {

    /**
     * @param sameRequester false when the tickets have different requesters: what the source's requester shared
     *     must then not become visible to the target's
     */
    void ticketMerged(long sourceId, long targetId, boolean sameRequester);
}
