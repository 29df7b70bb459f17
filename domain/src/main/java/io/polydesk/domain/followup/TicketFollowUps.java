package io.polydesk.domain.followup;

import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketCreation;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticket.TicketUpdates;
import io.polydesk.domain.ticket.UpdateTicket;
import io.polydesk.domain.time.LogTime;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeEntryService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a follow-up as one write: the ticket's rename and status change, the caller's comment, the time entry
 * and the files, each by the service that owns its rules, all or nothing.
 */
@Service
public class TicketFollowUps {

    private final TicketQueries tickets;
    private final TicketCreation creation;
    private final TicketUpdates updates;
    private final CommentService comments;
    private final TimeEntryService time;
    private final AttachmentService attachments;
    private final Clock clock;

    public TicketFollowUps(
            TicketQueries tickets,
            TicketCreation creation,
            TicketUpdates updates,
            CommentService comments,
            TimeEntryService time,
            AttachmentService attachments,
            Clock clock) {
        this.tickets = tickets;
        this.creation = creation;
        this.updates = updates;
        this.comments = comments;
        this.time = time;
        this.attachments = attachments;
        this.clock = clock;
    }

    /**
     * Opens a ticket the way helpdesks that begin every conversation with a followup do: the ticket, then its
     * description as the caller's public opening comment ({@link CommentService#addOpening}) with the uploads as
     * that comment's files, all or nothing.
     */
    @Transactional
    public FollowUpRecorded open(Actor actor, CreateTicket ticket, List<Long> uploadIds) {
        Ticket created = creation.create(Actor.require(actor), ticket);
        Comment comment = comments.addOpening(actor, created, created.description());
        List<Attachment> files = uploadIds.stream()
                .map(id -> attachments.attach(actor, AttachFile.toComment(id, comment.id())))
                .toList();
        return new FollowUpRecorded(comment, created, null, files);
    }

    @Transactional
    public FollowUpRecorded record(Actor actor, long ticketId, FollowUp followUp) {
        Ticket current = tickets.get(Actor.require(actor), ticketId);
        UpdateTicket.Builder update = UpdateTicket.builder();
        if (followUp.title() != null && !followUp.title().strip().equals(current.title())) {
            update.title(Change.to(followUp.title()));
        }
        if (followUp.status() != null) {
            update.status(Change.to(followUp.status()));
        }
        Ticket ticket = updates.update(actor, ticketId, update.build());
        Comment comment = comments.add(actor, ticketId, followUp.content(), followUp.internal());
        TimeEntry entry = followUp.minutes() == null
                ? null
                : time.log(actor, ticketId, LogTime.of(LocalDate.now(clock), followUp.minutes()));
        List<Attachment> files = followUp.attachmentIds().stream()
                .map(id -> attachments.attach(actor, AttachFile.toComment(id, comment.id())))
                .toList();
        return new FollowUpRecorded(comment, ticket, entry, files);
    }
}
