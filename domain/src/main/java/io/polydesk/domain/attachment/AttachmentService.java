package io.polydesk.domain.attachment;

import io.polydesk.domain.comment.CommentDeleting;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploading, binding and deleting attachments. An upload is stored first and pending, owned by the uploader;
 * a second step binds it to a ticket, comment or asset the caller may change. Files never outlive their rows
 * and rows never point at half-written files.
 */
@Service
public class AttachmentService {

    /** How many expired pending uploads one purge run removes. */
    static final int PURGE_BATCH = 500;

    private final AttachmentRepository attachments;
    private final BlobStorage blobs;
    private final BlobCleanup cleanup;
    private final AttachmentVisibility visibility;
    private final AttachmentSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AttachmentService(
            AttachmentRepository attachments,
            BlobStorage blobs,
            BlobCleanup cleanup,
            AttachmentVisibility visibility,
            AttachmentSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.attachments = attachments;
        this.blobs = blobs;
        this.cleanup = cleanup;
        this.visibility = visibility;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a file as a pending upload of the caller. Used by the multipart endpoint and by dialects that send
     * base64 inside JSON; the stream is read to its end but not closed. No transaction is held open while
     * the bytes arrive; inside a caller's transaction the file is removed again if that transaction rolls back.
     */
    public Attachment upload(Actor actor, String fileName, String declaredType, InputStream content) {
        Actor.require(actor);
        String name = FileNames.sanitise(fileName);
        if (content == null) {
            throw DomainException.invalid("file", "is required");
        }
        UploadStream source = new UploadStream(content, settings.maxSize());
        byte[] head = new byte[ContentTypes.SNIFF_LENGTH];
        StoredBlob blob;
        String contentType;
        try {
            int length = source.readNBytes(head, 0, head.length);
            if (length == 0) {
                throw DomainException.invalid("file", "must not be empty");
            }
            contentType = ContentTypes.detect(head, length, declaredType);
            blob = blobs.put(new SequenceInputStream(new ByteArrayInputStream(head, 0, length), source));
        } catch (UploadStream.TooLarge e) {
            throw DomainException.invalid("file", "must be at most " + settings.maxSize() + " bytes");
        } catch (UploadStream.SourceFailed e) {
            throw DomainException.invalid("file", "could not be read completely");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an attachment", e);
        }
        // Unbound uploads are storage nobody has claimed: each user may hold only so much of it.
        if (attachments.pendingBytesOf(actor.userId()) + blob.size() > settings.maxPendingBytes()) {
            cleanup.deleteNow(blob.key());
            throw DomainException.invalid(
                    "file",
                    "would take your unattached uploads over " + settings.maxPendingBytes()
                            + " bytes; attach them or wait until they expire");
        }
        long id;
        try {
            id = attachments.insert(new Attachment(
                    0,
                    null,
                    null,
                    null,
                    name,
                    contentType,
                    blob.size(),
                    blob.sha256(),
                    blob.key(),
                    actor.userId(),
                    now()));
        } catch (RuntimeException e) {
            cleanup.deleteNow(blob.key());
            throw e;
        }
        cleanup.deleteOnRollback(blob.key());
        return attachments.findById(id).orElseThrow();
    }

    /** Binds the caller's pending upload to an owner they may change. */
    @Transactional
    public Attachment attach(Actor actor, AttachFile command) {
        Actor.require(actor);
        Attachment attachment = attachments
                .findById(command.attachmentId())
                .filter(a -> visibility.canView(actor, a))
                .orElseThrow(() -> DomainException.notFound("Attachment", command.attachmentId()));
        if (!attachment.pending()) {
            throw DomainException.conflict("Attachment " + attachment.id() + " is already attached");
        }
        AttachmentOwnerAccess owner = visibility.owner(command.ownerKind());
        if (owner == null) {
            throw DomainException.invalid(
                    command.ownerField(),
                    command.ownerKind() == OwnerKind.ASSET ? "assets are not available" : "cannot receive attachments");
        }
        Long ticketId = owner.requireChangeable(actor, command.ownerId());
        if (!attachments.bind(attachment.id(), command.ownerKind(), command.ownerId(), ticketId)) {
            throw DomainException.conflict("Attachment " + attachment.id() + " is already attached");
        }
        events.publishEvent(
                new AttachmentAdded(attachment.id(), command.ownerKind(), command.ownerId(), ticketId, actor.userId()));
        return attachments.findById(attachment.id()).orElseThrow();
    }

    /** Removes an attachment the caller can see: their own upload, or any as staff. The file goes on commit. */
    @Transactional
    public void delete(Actor actor, long attachmentId) {
        Actor.require(actor);
        Attachment attachment = attachments
                .findById(attachmentId)
                .filter(a -> visibility.canView(actor, a))
                .orElseThrow(() -> DomainException.notFound("Attachment", attachmentId));
        if (attachment.uploadedBy() != actor.userId() && !actor.isStaff()) {
            throw DomainException.forbidden("Only the uploader or staff may delete an attachment");
        }
        remove(attachment);
    }

    /** Removes uploads that were never bound within the pending lifetime; returns how many. */
    @Transactional
    public int purgeExpiredPending() {
        Instant cutoff = now().minus(settings.pendingLifetime());
        List<Attachment> expired = attachments.pendingBefore(cutoff, PURGE_BATCH);
        expired.forEach(this::remove);
        return expired.size();
    }

    /** A deleted comment takes its files with it, in the same transaction. */
    @EventListener
    public void onCommentDeleting(CommentDeleting event) {
        attachments.listByComments(List.of(event.commentId())).forEach(this::remove);
    }

    private void remove(Attachment attachment) {
        attachments.delete(attachment.id());
        cleanup.deleteAfterCommit(attachment.storageKey());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
