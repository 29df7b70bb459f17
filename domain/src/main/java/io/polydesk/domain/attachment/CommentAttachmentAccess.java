package io.polydesk.domain.attachment;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentRepository;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.TicketPolicy;
import io.polydesk.domain.ticket.TicketRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Files on a comment: seen by whoever sees the comment (internal ones by staff only); attached by the
 * comment's author or by staff.
 */
@Component
class CommentAttachmentAccess implements AttachmentOwnerAccess {

    private final CommentRepository comments;
    private final TicketRepository tickets;

    CommentAttachmentAccess(CommentRepository comments, TicketRepository tickets) {
        this.comments = comments;
        this.tickets = tickets;
    }

    @Override
    public OwnerKind kind() {
        return OwnerKind.COMMENT;
    }

    @Override
    public Long requireChangeable(Actor actor, long commentId) {
        Comment comment = visible(actor, commentId).orElseThrow(() -> DomainException.notFound("Comment", commentId));
        boolean author = comment.authorId() != null && comment.authorId() == actor.userId();
        if (!author && !actor.isStaff()) {
            throw DomainException.forbidden("Only the comment's author or staff may attach files to it");
        }
        return comment.ticketId();
    }

    @Override
    public boolean canView(Actor actor, Attachment attachment) {
        return visible(actor, attachment.ownerId()).isPresent();
    }

    private Optional<Comment> visible(Actor actor, long commentId) {
        return comments.findById(commentId)
                .filter(c -> !c.internal() || TicketPolicy.canSeeInternal(actor))
                .filter(c -> tickets.findById(c.ticketId())
                        .filter(t -> TicketPolicy.canView(actor, t))
                        .isPresent());
    }
}
