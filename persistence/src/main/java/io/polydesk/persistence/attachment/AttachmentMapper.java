package io.polydesk.persistence.attachment;

import io.polydesk.domain.attachment.Attachment;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code attachments}; statements live in {@code AttachmentMapper.xml}. */
@Mapper
public interface AttachmentMapper {

    void insert(@Param("a") Attachment attachment, @Param("key") GeneratedId key);

    Attachment findById(@Param("id") long id);

    List<Attachment> findByIds(@Param("ids") Collection<Long> ids);

    List<Attachment> listByTickets(
            @Param("ticketIds") Collection<Long> ticketIds, @Param("includeInternal") boolean includeInternal);

    List<Attachment> listByComments(@Param("commentIds") Collection<Long> commentIds);

    List<Attachment> listByAssets(@Param("assetIds") Collection<Long> assetIds);

    int bind(
            @Param("id") long id,
            @Param("kind") String kind,
            @Param("ticketId") Long ticketId,
            @Param("commentId") Long commentId,
            @Param("assetId") Long assetId);

    List<Attachment> pendingBefore(@Param("cutoff") Instant cutoff, @Param("limit") int limit);

    int delete(@Param("id") long id);

    List<Attachment> pageAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    long pendingBytesOf(@Param("uploaderId") long uploaderId);

    int moveTicket(@Param("source") long sourceTicketId, @Param("target") long targetTicketId);

    int moveCommentFiles(@Param("source") long sourceTicketId, @Param("target") long targetTicketId);
}
