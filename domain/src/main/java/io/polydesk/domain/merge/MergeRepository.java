package io.polydesk.domain.merge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The bulk moves a merge makes, each one statement, plus where merged tickets went. */
public interface MergeRepository {

    Optional<Long> mergedInto(long ticketId);

    /** Merge targets of many tickets in one query; tickets never merged are absent. */
    List<MergedTicket> mergedIntoOf(Collection<Long> ticketIds);

    void markMerged(long sourceTicketId, long targetTicketId);

    int moveComments(long sourceTicketId, long targetTicketId);

    /** Moves the source's comments as internal ones: for a target whose requester must not read them. */
    int moveCommentsAsInternal(long sourceTicketId, long targetTicketId);

    /** Re-parents every sub-ticket of the source onto the target. */
    int moveSubTickets(long sourceTicketId, long targetTicketId);

    int moveRequester(long sourceUserId, long targetUserId);

    int moveAssignee(long sourceUserId, long targetUserId);

    int moveCommentAuthor(long sourceUserId, long targetUserId);

    int moveTaskAgent(long sourceUserId, long targetUserId);

    int moveTimeEntryAgent(long sourceUserId, long targetUserId);

    int moveHistoryActor(long sourceUserId, long targetUserId);

    int moveCommentEditor(long sourceUserId, long targetUserId);

    int moveLinkCreator(long sourceUserId, long targetUserId);

    int moveTemplateAuthor(long sourceUserId, long targetUserId);

    /** Webhook endpoints the source registered. */
    int moveWebhookCreator(long sourceUserId, long targetUserId);

    int moveArticleAuthor(long sourceUserId, long targetUserId);

    /** Pending uploads included: the target may still attach them. */
    int moveUploader(long sourceUserId, long targetUserId);

    /** Ownership and the requester or assignee the filters name, in one statement. */
    int moveSavedSearches(long sourceUserId, long targetUserId);

    /** How many tickets, tasks and time entries name the user as the working agent. */
    long countStaffWork(long userId);
}
