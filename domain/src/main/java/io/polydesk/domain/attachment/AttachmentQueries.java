package io.polydesk.domain.attachment;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.TicketPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reads of attachments and their bytes; whatever the caller may not see does not exist for them. */
@Service
public class AttachmentQueries {

    private final AttachmentRepository attachments;
    private final AttachmentVisibility visibility;
    private final BlobStorage blobs;

    public AttachmentQueries(AttachmentRepository attachments, AttachmentVisibility visibility, BlobStorage blobs) {
        this.attachments = attachments;
        this.visibility = visibility;
        this.blobs = blobs;
    }

    public Attachment get(Actor actor, long id) {
        Actor.require(actor);
        return attachments
                .findById(id)
                .filter(a -> visibility.canView(actor, a))
                .orElseThrow(() -> DomainException.notFound("Attachment", id));
    }

    /** The attachment with its bytes, for a download. */
    public AttachmentContent open(Actor actor, long id) {
        Attachment attachment = get(actor, id);
        try {
            return new AttachmentContent(attachment, blobs.open(attachment.storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("The file of attachment " + id + " cannot be read", e);
        }
    }

    /**
     * The attachments of tickets the caller has already been shown, on the tickets and on their comments,
     * in one query; those on internal comments only for staff.
     */
    public Map<Long, List<Attachment>> ofTickets(Actor actor, Collection<Long> visibleTicketIds) {
        Actor.require(actor);
        if (visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        return attachments.listByTickets(visibleTicketIds, TicketPolicy.canSeeInternal(actor)).stream()
                .collect(Collectors.groupingBy(Attachment::ticketId));
    }

    /** The attachments of comments the caller has already been shown, in one query. */
    public Map<Long, List<Attachment>> ofComments(Actor actor, Collection<Long> visibleCommentIds) {
        Actor.require(actor);
        if (visibleCommentIds.isEmpty()) {
            return Map.of();
        }
        return attachments.listByComments(visibleCommentIds).stream()
                .collect(Collectors.groupingBy(Attachment::commentId));
    }

    /** The attachments of assets the caller has already been shown, in one query. */
    public Map<Long, List<Attachment>> ofAssets(Actor actor, Collection<Long> visibleAssetIds) {
        Actor.require(actor);
        if (visibleAssetIds.isEmpty()) {
            return Map.of();
        }
        return attachments.listByAssets(visibleAssetIds).stream().collect(Collectors.groupingBy(Attachment::assetId));
    }
}
