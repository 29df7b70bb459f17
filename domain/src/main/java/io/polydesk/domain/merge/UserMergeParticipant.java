package io.polydesk.domain.merge;

/**
 * Something that belongs to users and must follow a merge (assets, for one). Called inside the merge's
 * transaction; throwing undoes the whole merge.
 */
public interface UserMergeParticipant {

    void usersMerged(long sourceId, long targetId);
}
