package io.polydesk.persistence.comment;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentEdit;
import io.polydesk.domain.comment.CommentRepository;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.IdCount;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Comments and the content they had before each edit. */
@Repository
public class MyBatisCommentRepository implements CommentRepository {

    private final CommentMapper mapper;

    public MyBatisCommentRepository(CommentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(Comment comment) {
        GeneratedId key = new GeneratedId();
        mapper.insert(comment, key);
        return key.value();
    }

    @Override
    public Optional<Comment> findById(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    @Override
    public List<Comment> listByTicket(long ticketId, boolean includeInternal) {
        return mapper.listByTicket(ticketId, includeInternal);
    }

    @Override
    public List<Comment> windowByTicket(
            long ticketId, boolean includeInternal, Instant afterAt, Long afterId, int limit) {
        return limit <= 0 ? List.of() : mapper.windowByTicket(ticketId, includeInternal, afterAt, afterId, limit);
    }

    @Override
    public List<Comment> firstOfTickets(Collection<Long> ticketIds, boolean includeInternal, int perTicket) {
        if (ticketIds.isEmpty() || perTicket <= 0) {
            return List.of();
        }
        return mapper.firstOfTickets(ticketIds, includeInternal, perTicket);
    }

    /** Every requested ticket has an entry; one without (visible) comments counts zero. */
    @Override
    public Map<Long, Long> countByTickets(Collection<Long> ticketIds, boolean includeInternal) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        return IdCount.toMap(ticketIds, mapper.countByTickets(ticketIds, includeInternal));
    }

    @Override
    public List<Comment> listOfLiveTickets(long afterId, int limit) {
        return mapper.listOfLiveTickets(afterId, limit);
    }

    @Override
    public void updateContent(long id, String content, Instant at) {
        if (mapper.updateContent(id, content, at) != 1) {
            throw new IllegalStateException("Comment " + id + " does not exist");
        }
    }

    @Override
    public void insertEdit(CommentEdit edit) {
        mapper.insertEdit(edit);
    }

    @Override
    public List<CommentEdit> editsOf(Collection<Long> commentIds) {
        return commentIds.isEmpty() ? List.of() : mapper.editsOf(commentIds);
    }

    @Override
    public void delete(long id) {
        mapper.deleteEdits(id);
        mapper.delete(id);
    }
}
