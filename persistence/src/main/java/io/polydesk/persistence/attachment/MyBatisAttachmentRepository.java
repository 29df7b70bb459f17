package io.polydesk.persistence.attachment;

import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentRepository;
import io.polydesk.domain.attachment.OwnerKind;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Attachment rows; the owner is stored in the one column of its kind so that each can carry a foreign key. */
@Repository
public class MyBatisAttachmentRepository implements AttachmentRepository {

    private final AttachmentMapper mapper;

    public MyBatisAttachmentRepository(AttachmentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(Attachment attachment) {
        if (!attachment.pending()) {
            throw new IllegalArgumentException("Attachments are inserted pending and bound afterwards");
        }
        GeneratedId key = new GeneratedId();
        mapper.insert(attachment, key);
        return key.value();
    }

    @Override
    public Optional<Attachment> findById(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    @Override
    public List<Attachment> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(ids);
    }

    @Override
    public List<Attachment> listByTickets(Collection<Long> ticketIds, boolean includeInternal) {
        return ticketIds.isEmpty() ? List.of() : mapper.listByTickets(ticketIds, includeInternal);
    }

    @Override
    public List<Attachment> listByComments(Collection<Long> commentIds) {
        return commentIds.isEmpty() ? List.of() : mapper.listByComments(commentIds);
    }

    @Override
    public List<Attachment> listByAssets(Collection<Long> assetIds) {
        return assetIds.isEmpty() ? List.of() : mapper.listByAssets(assetIds);
    }

    @Override
    public boolean bind(long id, OwnerKind kind, long ownerId, Long ticketId) {
        return switch (kind) {
            case TICKET -> mapper.bind(id, kind.name(), ownerId, null, null) == 1;
            case COMMENT -> mapper.bind(id, kind.name(), requireTicket(ticketId), ownerId, null) == 1;
            case ASSET -> mapper.bind(id, kind.name(), null, null, ownerId) == 1;
        };
    }

    @Override
    public List<Attachment> pendingBefore(Instant cutoff, int limit) {
        return mapper.pendingBefore(cutoff, limit);
    }

    @Override
    public List<Attachment> pageAfter(long afterId, int limit) {
        return mapper.pageAfter(afterId, limit);
    }

    @Override
    public void delete(long id) {
        mapper.delete(id);
    }

    @Override
    public long pendingBytesOf(long uploaderId) {
        return mapper.pendingBytesOf(uploaderId);
    }

    @Override
    public void moveTicket(long sourceTicketId, long targetTicketId) {
        mapper.moveTicket(sourceTicketId, targetTicketId);
    }

    @Override
    public void moveCommentFiles(long sourceTicketId, long targetTicketId) {
        mapper.moveCommentFiles(sourceTicketId, targetTicketId);
    }

    private static long requireTicket(Long ticketId) {
        if (ticketId == null) {
            throw new IllegalArgumentException("A comment's attachment belongs to the comment's ticket");
        }
        return ticketId;
    }
}
