package io.polydesk.api.graphql.event;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventType;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/**
 * The fields of {@code TicketEvent} beyond the stored ones. Related objects are read as the subscriber may see
 * them when the event is delivered: a ticket or comment gone since, or never theirs to see, is null.
 */
@Controller
@SchemaMapping(typeName = "TicketEvent")
class TicketEventFieldsGraphQlController {

    private final TicketQueries tickets;
    private final CommentQueries comments;
    private final UserQueries users;

    TicketEventFieldsGraphQlController(TicketQueries tickets, CommentQueries comments, UserQueries users) {
        this.tickets = tickets;
        this.comments = comments;
        this.users = users;
    }

    @SchemaMapping
    Ticket ticket(DomainEvent event, @AuthenticationPrincipal Actor actor) {
        return ifVisible(() -> tickets.get(actor, event.ticketId()));
    }

    @SchemaMapping
    Comment comment(DomainEvent event, @AuthenticationPrincipal Actor actor) {
        if (!event.type().isCommentEvent() || event.type() == EventType.COMMENT_DELETED) {
            return null;
        }
        return ifVisible(() -> comments.get(actor, event.ticketId(), event.objectId()));
    }

    @SchemaMapping
    User actor(DomainEvent event, @AuthenticationPrincipal Actor actor) {
        return event.actorId() == null
                ? null
                : users.byIds(actor, List.of(event.actorId())).get(event.actorId());
    }

    @SchemaMapping
    Long commentId(DomainEvent event) {
        return event.type().isCommentEvent() ? event.objectId() : null;
    }

    @SchemaMapping
    Long attachmentId(DomainEvent event) {
        return event.type() == EventType.ATTACHMENT_ADDED ? event.objectId() : null;
    }

    @SchemaMapping
    Long mergedTicketId(DomainEvent event) {
        return event.type() == EventType.TICKET_MERGED ? event.objectId() : null;
    }

    @SchemaMapping
    Object changedFields(DomainEvent event) {
        return event.payload().get("fields");
    }

    @SchemaMapping
    Object from(DomainEvent event) {
        return event.payload().get("from");
    }

    @SchemaMapping
    Object to(DomainEvent event) {
        return event.payload().get("to");
    }

    private static <T> T ifVisible(Supplier<T> read) {
        try {
            return read.get();
        } catch (DomainException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }
}
