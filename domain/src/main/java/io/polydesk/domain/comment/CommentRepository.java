package io.polydesk.domain.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where comments and their edit history are kept. */
public interface CommentRepository {

    long insert(Comment comment);

    Optional<Comment> findById(long id);

    /** A ticket's comments, oldest first. */
    List<Comment> listByTicket(long ticketId, boolean includeInternal);

    /**
     * One ticket's comments in (created, id) order, after ({@code afterAt}, {@code afterId}) when those are given;
     * at most {@code limit}.
     */
    List<Comment> windowByTicket(long ticketId, boolean includeInternal, Instant afterAt, Long afterId, int limit);

    /** The first {@code perTicket} comments of each ticket, oldest first, in one query. */
    List<Comment> firstOfTickets(Collection<Long> ticketIds, boolean includeInternal, int perTicket);

    Map<Long, Long> countByTickets(Collection<Long> ticketIds, boolean includeInternal);

    /** Replaces the content and counts the edit. */
    void updateContent(long id, String content, Instant at);

    void insertEdit(CommentEdit edit);

    List<CommentEdit> editsOf(Collection<Long> commentIds);

    /** Comments of live (unarchived) tickets, internal ones included, by id from {@code afterId}, at most {@code limit}. */
    List<Comment> listOfLiveTickets(long afterId, int limit);

    /** Removes the comment and its edit history. */
    void delete(long id);
}
