package io.polydesk.domain.attachment;

import io.polydesk.domain.merge.TicketMergeParticipant;
import org.springframework.stereotype.Component;

/**
 * A merged ticket's files, and those of the comments that moved with it, go to the target ticket. Across
 * requesters only the comments' files move (with their comments, now internal); the ticket's own stay on it.
 */
@Component
class AttachmentsFollowMergedTickets implements TicketMergeParticipant {

    private final AttachmentRepository attachments;

    AttachmentsFollowMergedTickets(AttachmentRepository attachments) {
        this.attachments = attachments;
    }

    @Override
    public void ticketMerged(long sourceId, long targetId, boolean sameRequester) {
        if (sameRequester) {
            attachments.moveTicket(sourceId, targetId);
        } else {
            // The moved comments are internal now, so their files are staff-only; the source's own files stay.
            attachments.moveCommentFiles(sourceId, targetId);
        }
    }
}
