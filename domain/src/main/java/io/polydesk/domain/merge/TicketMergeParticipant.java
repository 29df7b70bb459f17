package io.polydesk.domain.merge;

/**
 * Something that belongs to tickets and must follow a merge (attachments, for one). Called inside the merge's
 * transaction after comments, links and sub-tickets have moved; throwing undoes the whole merge.
 */
public interface TicketMergeParticipant {

    void ticketMerged(long sourceId, long targetId);
}
