package io.polydesk.domain.attachment;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketCreation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new ticket or comment together with the files sent inline with it, in one transaction: a refused file undoes
 * the ticket or comment, and a refused ticket or comment stores no file.
 */
@Service
public class InlineAttachments {

    private final TicketCreation tickets;
    private final CommentService comments;
    private final AttachmentService attachments;

    public InlineAttachments(TicketCreation tickets, CommentService comments, AttachmentService attachments) {
        this.tickets = tickets;
        this.comments = comments;
        this.attachments = attachments;
    }

    @Transactional
    public Ticket createTicket(Actor actor, CreateTicket command, List<InlineFile> files) {
        Ticket ticket = tickets.create(actor, command);
        for (InlineFile file : files) {
            attach(actor, file, new AttachFileTo(ticket.id(), null));
        }
        return ticket;
    }

    @Transactional
    public Comment addComment(Actor actor, long ticketId, String content, boolean internal, List<InlineFile> files) {
        Comment comment = comments.add(actor, ticketId, content, internal);
        for (InlineFile file : files) {
            attach(actor, file, new AttachFileTo(null, comment.id()));
        }
        return comment;
    }

    /** Files added to an existing ticket, all or none. */
    @Transactional
    public void attachToTicket(Actor actor, long ticketId, List<InlineFile> files) {
        for (InlineFile file : files) {
            attach(actor, file, new AttachFileTo(ticketId, null));
        }
    }

    private record AttachFileTo(Long ticketId, Long commentId) {}

    private void attach(Actor actor, InlineFile file, AttachFileTo owner) {
        Attachment uploaded;
        try (InputStream content = file.content().get()) {
            uploaded = attachments.upload(actor, file.fileName(), file.declaredType(), content);
        } catch (IOException | UncheckedIOException e) {
            // The client's bytes could not be read to the end: its request is broken, the server is not.
            throw DomainException.invalid("file", "could not be read completely");
        }
        attachments.attach(actor, new AttachFile(uploaded.id(), owner.ticketId(), owner.commentId(), null));
    }
}
