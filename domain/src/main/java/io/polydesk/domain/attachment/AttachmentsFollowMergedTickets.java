package io.polydesk.domain.attachment;

import io.polydesk.domain.merge.TicketMergeParticipant;
import org.springframework.stereotype.Component;

/** A merged ticket's files, and those of the comments that moved with it, go to the target ticket. */
@Component
class AttachmentsFollowMergedTickets implements TicketMergeParticipant {

    private final AttachmentRepository attachments;

    AttachmentsFollowMergedTickets(AttachmentRepository attachments) {
        this.attachments = attachments;
    }

    @Override
    public void ticketMerged(long sourceId, long targetId) {
        attachments.moveTicket(sourceId, targetId);
    }
}
