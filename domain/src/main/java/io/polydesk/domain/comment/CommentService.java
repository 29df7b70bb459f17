package io.polydesk.domain.comment;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketAccess;
import io.polydesk.domain.ticket.TicketEvent.CommentAdded;
import io.polydesk.domain.ticket.TicketPolicy;
import io.polydesk.domain.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding, editing and deleting comments. Anyone who can see a ticket may comment publicly; only staff write
 * internal comments; only the author or an administrator edits or deletes one.
 */
@Service
public class CommentService {

    static final int MAX_CONTENT = 65_535;

    private final CommentRepository comments;
    private final TicketAccess access;
    private final TicketRepository tickets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CommentService(
            CommentRepository comments,
            TicketAccess access,
            TicketRepository tickets,
            ApplicationEventPublisher events,
            Clock clock) {
        this.comments = comments;
        this.access = access;
        this.tickets = tickets;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The public comment that opens a ticket's conversation with its description, for helpdesks whose tickets start
     * with one (django-helpdesk's first followup): {@code created} is the ticket the caller has just created, in the
     * same transaction. Written by the caller at the ticket's creation instant, it is never the first response, even
     * when staff file the ticket for somebody else, and it leaves the ticket as created.
     */
    @Transactional
    public Comment addOpening(Actor actor, Ticket created, String content) {
        if (!TicketPolicy.canComment(Actor.require(actor), created)) {
            throw DomainException.notFound("Ticket", created.id());
        }
        checkContent(content);
        Instant at = created.createdAt();
        Comment opening = new Comment(0, created.id(), actor.userId(), content, false, false, at, at, 0);
        long id = comments.insert(opening);
        events.publishEvent(new CommentAdded(created.id(), actor.userId(), id, false));
        return new Comment(id, created.id(), actor.userId(), content, false, false, at, at, 0);
    }

    @Transactional
    public Comment add(Actor actor, long ticketId, String content, boolean internal) {
        Ticket ticket = access.visible(actor, ticketId);
        if (internal && !TicketPolicy.canSeeInternal(actor)) {
            throw DomainException.forbidden("Only agents and administrators may write internal comments");
        }
        checkContent(content);
        Instant now = now();
        long id = comments.insert(new Comment(0, ticketId, actor.userId(), content, internal, false, now, now, 0));
        boolean firstResponse = ticket.firstResponseAt() == null
                && !internal
                && actor.isStaff()
                && actor.userId() != ticket.requesterId();
        tickets.touch(ticketId, now, firstResponse ? now : null);
        events.publishEvent(new CommentAdded(ticketId, actor.userId(), id, internal));
        return comments.findById(id).orElseThrow();
    }

    @Transactional
    public Comment edit(Actor actor, Long ticketId, long commentId, String content) {
        Comment comment = ownComment(actor, ticketId, commentId);
        checkContent(content);
        if (comment.content().equals(content)) {
            return comment;
        }
        Instant now = now();
        comments.insertEdit(new CommentEdit(0, commentId, actor.userId(), now, comment.content()));
        comments.updateContent(commentId, content, now);
        events.publishEvent(new CommentEdited(comment.ticketId(), commentId, actor.userId(), comment.internal()));
        return comments.findById(commentId).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, Long ticketId, long commentId) {
        Comment comment = ownComment(actor, ticketId, commentId);
        events.publishEvent(new CommentDeleting(comment.ticketId(), commentId, actor.userId(), comment.internal()));
        comments.delete(commentId);
    }

    /** The comment, if visible to the caller and theirs to change; {@code ticketId} may pin its ticket. */
    private Comment ownComment(Actor actor, Long ticketId, long commentId) {
        Actor.require(actor);
        Comment comment = comments.findById(commentId)
                .filter(c -> ticketId == null || c.ticketId() == ticketId)
                .orElseThrow(() -> DomainException.notFound("Comment", commentId));
        try {
            access.visible(actor, comment.ticketId());
        } catch (DomainException hidden) {
            // Named by its id alone, a comment on a ticket the caller cannot see is simply not found: the answer
            // must not name that ticket, nor differ from the answer for an id that does not exist.
            throw ticketId == null ? DomainException.notFound("Comment", commentId) : hidden;
        }
        if (comment.internal() && !TicketPolicy.canSeeInternal(actor)) {
            throw DomainException.notFound("Comment", commentId);
        }
        if (!CommentPolicy.isAuthorOrAdmin(actor, comment)) {
            throw DomainException.forbidden("Only the author or an administrator may change a comment");
        }
        if (comment.system()) {
            throw DomainException.forbidden("System comments cannot be changed");
        }
        return comment;
    }

    private static void checkContent(String content) {
        new Validation()
                .required(content, "content")
                .maxLength(content, MAX_CONTENT, "content")
                .throwIfInvalid();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
