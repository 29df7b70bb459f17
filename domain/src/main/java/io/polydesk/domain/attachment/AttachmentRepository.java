package io.polydesk.domain.attachment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where attachment records are kept; the bytes are in {@link BlobStorage}. */
public interface AttachmentRepository {

    long insert(Attachment attachment);

    Optional<Attachment> findById(long id);

    List<Attachment> findByIds(Collection<Long> ids);

    /**
     * The attachments of these tickets, on the ticket itself and on its comments, oldest first; those on
     * internal comments only when {@code includeInternal}.
     */
    List<Attachment> listByTickets(Collection<Long> ticketIds, boolean includeInternal);

    /** The attachments of these comments, oldest first. */
    List<Attachment> listByComments(Collection<Long> commentIds);

    /** The attachments of these assets, oldest first. */
    List<Attachment> listByAssets(Collection<Long> assetIds);

    /** Binds a pending attachment; false when it was no longer pending. */
    boolean bind(long id, OwnerKind kind, long ownerId, Long ticketId);

    /** The bytes of a user's uploads that are not bound to anything yet. */
    long pendingBytesOf(long uploaderId);

    /** Pending uploads created before {@code cutoff}, oldest first, at most {@code limit}. */
    List<Attachment> pendingBefore(Instant cutoff, int limit);

    void delete(long id);

    /** Every attachment, bound or pending, with an id above {@code afterId}, in id order, at most {@code limit}. */
    List<Attachment> pageAfter(long afterId, int limit);

    /** Files of one ticket and of its comments now count as the other ticket's (its comments moved there). */
    void moveTicket(long sourceTicketId, long targetTicketId);

    /** Moves only the files of the source's comments, which have moved to the target. */
    void moveCommentFiles(long sourceTicketId, long targetTicketId);
}
