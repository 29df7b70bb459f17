package io.polydesk.persistence.comment;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentEdit;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.IdCount;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code comments} and {@code comment_edits}; statements live in {@code CommentMapper.xml}. */
@Mapper
public interface CommentMapper {

    void insert(@Param("comment") Comment comment, @Param("key") GeneratedId key);

    Comment findById(@Param("id") long id);

    List<Comment> listOfLiveTickets(@Param("afterId") long afterId, @Param("limit") int limit);

    List<Comment> listByTicket(@Param("ticketId") long ticketId, @Param("includeInternal") boolean includeInternal);

    List<Comment> windowByTicket(
            @Param("ticketId") long ticketId,
            @Param("includeInternal") boolean includeInternal,
            @Param("afterAt") Instant afterAt,
            @Param("afterId") Long afterId,
            @Param("limit") int limit);

    List<Comment> firstOfTickets(
            @Param("ticketIds") Collection<Long> ticketIds,
            @Param("includeInternal") boolean includeInternal,
            @Param("perTicket") int perTicket);

    List<IdCount> countByTickets(
            @Param("ticketIds") Collection<Long> ticketIds, @Param("includeInternal") boolean includeInternal);

    int updateContent(@Param("id") long id, @Param("content") String content, @Param("at") Instant at);

    void insertEdit(@Param("edit") CommentEdit edit);

    List<CommentEdit> editsOf(@Param("commentIds") Collection<Long> commentIds);

    void deleteEdits(@Param("commentId") long commentId);

    int delete(@Param("id") long id);
}
