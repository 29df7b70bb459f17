package io.polydesk.persistence.merge;

import io.polydesk.domain.merge.MergeRepository;
import io.polydesk.domain.merge.MergedTicket;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** One statement per kind of row a merge moves. */
@Repository
public class MyBatisMergeRepository implements MergeRepository {

    private final MergeMapper mapper;

    public MyBatisMergeRepository(MergeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Long> mergedInto(long ticketId) {
        return Optional.ofNullable(mapper.mergedInto(ticketId));
    }

    @Override
    public List<MergedTicket> mergedIntoOf(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : mapper.mergedIntoOf(ticketIds);
    }

    @Override
    public void markMerged(long sourceTicketId, long targetTicketId) {
        if (mapper.markMerged(sourceTicketId, targetTicketId) != 1) {
            throw new IllegalStateException("Ticket " + sourceTicketId + " does not exist");
        }
    }

    @Override
    public int moveComments(long sourceTicketId, long targetTicketId) {
        return mapper.moveComments(sourceTicketId, targetTicketId);
    }

    @Override
    public int moveCommentsAsInternal(long sourceTicketId, long targetTicketId) {
        return mapper.moveCommentsAsInternal(sourceTicketId, targetTicketId);
    }

    @Override
    public int moveSubTickets(long sourceTicketId, long targetTicketId) {
        return mapper.moveSubTickets(sourceTicketId, targetTicketId);
    }

    @Override
    public int moveRequester(long sourceUserId, long targetUserId) {
        return mapper.moveRequester(sourceUserId, targetUserId);
    }

    @Override
    public int moveAssignee(long sourceUserId, long targetUserId) {
        return mapper.moveAssignee(sourceUserId, targetUserId);
    }

    @Override
    public int moveCommentAuthor(long sourceUserId, long targetUserId) {
        return mapper.moveCommentAuthor(sourceUserId, targetUserId);
    }

    @Override
    public int moveTaskAgent(long sourceUserId, long targetUserId) {
        return mapper.moveTaskAgent(sourceUserId, targetUserId);
    }

    @Override
    public int moveTimeEntryAgent(long sourceUserId, long targetUserId) {
        return mapper.moveTimeEntryAgent(sourceUserId, targetUserId);
    }

    @Override
    public int moveHistoryActor(long sourceUserId, long targetUserId) {
        return mapper.moveHistoryActor(sourceUserId, targetUserId);
    }

    @Override
    public int moveCommentEditor(long sourceUserId, long targetUserId) {
        return mapper.moveCommentEditor(sourceUserId, targetUserId);
    }

    @Override
    public int moveLinkCreator(long sourceUserId, long targetUserId) {
        return mapper.moveLinkCreator(sourceUserId, targetUserId);
    }

    @Override
    public int moveTemplateAuthor(long sourceUserId, long targetUserId) {
        return mapper.moveTemplateAuthor(sourceUserId, targetUserId);
    }

    @Override
    public int moveWebhookCreator(long sourceUserId, long targetUserId) {
        return mapper.moveWebhookCreator(sourceUserId, targetUserId);
    }

    @Override
    public int moveArticleAuthor(long sourceUserId, long targetUserId) {
        return mapper.moveArticleAuthor(sourceUserId, targetUserId);
    }

    @Override
    public int moveUploader(long sourceUserId, long targetUserId) {
        return mapper.moveUploader(sourceUserId, targetUserId);
    }

    @Override
    public int moveSavedSearches(long sourceUserId, long targetUserId) {
        return mapper.moveSavedSearches(sourceUserId, targetUserId);
    }

    @Override
    public long countStaffWork(long userId) {
        return mapper.countStaffWork(userId);
    }
}
