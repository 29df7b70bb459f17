package io.polydesk.domain.event;

import io.polydesk.domain.attachment.AttachmentAdded;
import io.polydesk.domain.attachment.OwnerKind;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentDeleting;
import io.polydesk.domain.comment.CommentEdited;
import io.polydesk.domain.comment.CommentRepository;
import io.polydesk.domain.merge.TicketsMerged;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketEvent;
import io.polydesk.domain.ticket.TicketEvent.CommentAdded;
import io.polydesk.domain.ticket.TicketEvent.TicketCreated;
import io.polydesk.domain.ticket.TicketEvent.TicketUpdated;
import io.polydesk.domain.ticket.TicketRepository;
import io.polydesk.domain.user.UserCreated;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the in-process events the services publish into rows of the {@link EventLog}. The listeners run inside
 * the publishing transaction, so the change and its event commit or roll back together; the services need to
 * know nothing of the log.
 */
@Component
public class EventRecorder {

    private final EventLog log;
    private final TicketRepository tickets;
    private final CommentRepository comments;
    private final Clock clock;

    public EventRecorder(EventLog log, TicketRepository tickets, CommentRepository comments, Clock clock) {
        this.log = log;
        this.tickets = tickets;
        this.comments = comments;
        this.clock = clock;
    }

    @EventListener
    public void onTicketCreated(TicketCreated event) {
        log.append(aboutTicket(EventType.TICKET_CREATED, event.actorId(), event.ticketId()));
    }

    /** An archive is a deletion; otherwise one update naming the fields, and the status or assignee moves. */
    @EventListener
    public void onTicketUpdated(TicketUpdated event) {
        List<TicketChange> changes = event.changes();
        if (changes.stream().anyMatch(c -> c.field().equals("archived") && "true".equals(c.toValue()))) {
            log.append(aboutTicket(EventType.TICKET_DELETED, event.actorId(), event.ticketId()));
            return;
        }
        DomainEvent updated = aboutTicket(EventType.TICKET_UPDATED, event.actorId(), event.ticketId());
        log.append(updated.withPayload(Map.of(
                "fields", changes.stream().map(TicketChange::field).distinct().toList())));
        for (TicketChange change : changes) {
            if (change.field().equals("status")) {
                log.append(moved(updated, EventType.TICKET_STATUS_CHANGED, change));
            } else if (change.field().equals("assignee")) {
                log.append(moved(updated, EventType.TICKET_ASSIGNED, change));
            }
        }
    }

    @EventListener
    public void onTicketsMerged(TicketsMerged event) {
        log.append(aboutTicket(EventType.TICKET_MERGED, event.actorId(), event.targetId())
                .withObject(event.sourceId()));
    }

    @EventListener
    public void onCommentAdded(CommentAdded event) {
        log.append(aboutComment(EventType.COMMENT_ADDED, event.actorId(), event.ticketId(), event.commentId())
                .withInternal(event.internal()));
    }

    @EventListener
    public void onCommentEdited(CommentEdited event) {
        log.append(aboutComment(EventType.COMMENT_EDITED, event.actorId(), event.ticketId(), event.commentId())
                .withInternal(event.internal()));
    }

    @EventListener
    public void onCommentDeleting(CommentDeleting event) {
        log.append(aboutComment(EventType.COMMENT_DELETED, event.actorId(), event.ticketId(), event.commentId())
                .withInternal(event.internal()));
    }

    /** A file on an internal comment is as internal as the comment. */
    @EventListener
    public void onAttachmentAdded(AttachmentAdded event) {
        Map<String, Object> payload = Map.of("ownerKind", event.ownerKind().name(), "ownerId", event.ownerId());
        DomainEvent added = DomainEvent.of(EventType.ATTACHMENT_ADDED, now(), event.actorId())
                .withObject(event.attachmentId())
                .withPayload(payload);
        if (event.ticketId() != null) {
            added = onTicket(added, event.ticketId());
        }
        if (event.ownerKind() == OwnerKind.COMMENT) {
            added = added.withInternal(
                    comments.findById(event.ownerId()).map(Comment::internal).orElse(true));
        }
        log.append(added);
    }

    /** Accounts are staff business: customers never hear of other people's. */
    @EventListener
    public void onUserCreated(UserCreated event) {
        log.append(DomainEvent.of(EventType.USER_CREATED, now(), event.actorId())
                .withObject(event.userId())
                .withInternal(true));
    }

    private DomainEvent aboutTicket(EventType type, long actorId, long ticketId) {
        Long actor = actorId == TicketEvent.SYSTEM ? null : actorId;
        return onTicket(DomainEvent.of(type, now(), actor), ticketId);
    }

    private DomainEvent aboutComment(EventType type, long actorId, long ticketId, long commentId) {
        return aboutTicket(type, actorId, ticketId).withObject(commentId);
    }

    private DomainEvent onTicket(DomainEvent event, long ticketId) {
        Long projectId = tickets.findById(ticketId).map(Ticket::projectId).orElse(null);
        return event.withTicket(ticketId, projectId);
    }

    private static DomainEvent moved(DomainEvent updated, EventType type, TicketChange change) {
        Map<String, Object> payload = new LinkedHashMap<>();
        if (change.fromValue() != null) {
            payload.put("from", change.fromValue());
        }
        if (change.toValue() != null) {
            payload.put("to", change.toValue());
        }
        return DomainEvent.of(type, updated.occurredAt(), updated.actorId())
                .withTicket(updated.ticketId(), updated.projectId())
                .withPayload(payload);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
