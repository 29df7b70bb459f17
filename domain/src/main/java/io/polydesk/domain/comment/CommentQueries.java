package io.polydesk.domain.comment;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.shared.TicketListCursor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketAccess;
import io.polydesk.domain.ticket.TicketPolicy;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reads of comments; internal ones are filtered out in the query for anyone but staff. */
@Service
public class CommentQueries {

    private static final String LISTING = "comments";

    private final CommentRepository comments;
    private final TicketAccess access;

    public CommentQueries(CommentRepository comments, TicketAccess access) {
        this.comments = comments;
        this.access = access;
    }

    public List<Comment> ofTicket(Actor actor, long ticketId) {
        access.visible(actor, ticketId);
        return comments.listByTicket(ticketId, TicketPolicy.canSeeInternal(actor));
    }

    /** As {@link #ofTicket}, for a ticket the caller was just shown: its visibility is checked without loading it again. */
    public List<Comment> ofShownTicket(Actor actor, Ticket ticket) {
        if (!TicketPolicy.canView(Actor.require(actor), ticket)) {
            throw DomainException.notFound("Ticket", ticket.id());
        }
        return comments.listByTicket(ticket.id(), TicketPolicy.canSeeInternal(actor));
    }

    /**
     * What an end-user portal shows of the caller's own ticket ({@link TicketPolicy#isOwn}): its public comments
     * only, whatever the caller's role, as its requester sees them.
     */
    public List<Comment> ofOwnTicket(Actor actor, Ticket ticket) {
        if (!TicketPolicy.isOwn(Actor.require(actor), ticket)) {
            throw DomainException.notFound("Ticket", ticket.id());
        }
        return comments.listByTicket(ticket.id(), false);
    }

    /** One window of a ticket's comments after the cursor {@code after}, oldest first; the total when counted. */
    public CursorPage<Comment> window(Actor actor, long ticketId, Integer first, String after, boolean counted) {
        int limit = KeysetWindow.limit(first);
        TicketListCursor position = TicketListCursor.decode(LISTING, ticketId, after);
        access.visible(actor, ticketId);
        boolean internal = TicketPolicy.canSeeInternal(actor);
        List<Comment> rows = limit == 0
                ? List.of()
                : comments.windowByTicket(
                        ticketId,
                        internal,
                        position == null ? null : position.at(),
                        position == null ? null : position.id(),
                        limit + 1);
        long total =
                counted ? comments.countByTickets(List.of(ticketId), internal).getOrDefault(ticketId, 0L) : 0;
        return page(ticketId, rows, limit, position != null, total);
    }

    /** The first window of each of many tickets the caller has already been shown, keyed by ticket id. */
    public Map<Long, CursorPage<Comment>> firstWindows(
            Actor actor, Collection<Long> visibleTicketIds, Integer first, boolean counted) {
        Actor.require(actor);
        int limit = KeysetWindow.limit(first);
        if (visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        boolean internal = TicketPolicy.canSeeInternal(actor);
        Map<Long, List<Comment>> rows = limit == 0
                ? Map.of()
                : comments.firstOfTickets(visibleTicketIds, internal, limit + 1).stream()
                        .collect(Collectors.groupingBy(Comment::ticketId));
        Map<Long, Long> totals = counted ? comments.countByTickets(visibleTicketIds, internal) : Map.of();
        return CursorPage.firstOfEach(visibleTicketIds, rows, limit, totals, CommentQueries::edgeOf);
    }

    /** Checks a window's arguments up front, so a batch of windows never fails for one bad argument. */
    public static void checkWindow(long ticketId, Integer first, String after) {
        KeysetWindow.limit(first);
        TicketListCursor.decode(LISTING, ticketId, after);
    }

    private static CursorPage<Comment> page(
            long ticketId, List<Comment> rows, int limit, boolean previous, long total) {
        return CursorPage.of(rows, limit, previous, total, edgeOf(ticketId));
    }

    private static Function<Comment, CursorPage.Edge<Comment>> edgeOf(long ticketId) {
        return c -> new CursorPage.Edge<>(TicketListCursor.encode(LISTING, ticketId, c.createdAt(), c.id()), c);
    }

    public Comment get(Actor actor, long ticketId, long commentId) {
        access.visible(actor, ticketId);
        return comments.findById(commentId)
                .filter(c -> c.ticketId() == ticketId)
                .filter(c -> !c.internal() || TicketPolicy.canSeeInternal(actor))
                .orElseThrow(() -> DomainException.notFound("Comment", commentId));
    }

    /** A comment by its id alone, if the caller may see it and its ticket. */
    public Comment get(Actor actor, long commentId) {
        Actor.require(actor);
        Comment comment = comments.findById(commentId)
                .filter(c -> !c.internal() || TicketPolicy.canSeeInternal(actor))
                .orElseThrow(() -> DomainException.notFound("Comment", commentId));
        try {
            access.visible(actor, comment.ticketId());
        } catch (DomainException e) {
            throw DomainException.notFound("Comment", commentId);
        }
        return comment;
    }

    /** Every comment of every live ticket, by id, for staff; at most {@code limit} after {@code afterId}. */
    public List<Comment> ofAllTickets(Actor actor, long afterId, int limit) {
        Actor.requireStaff(actor);
        return comments.listOfLiveTickets(afterId, limit);
    }

    /**
     * The first comments of tickets the caller has already been shown. Callers pass only ids of visible
     * tickets; the internal filter is applied here.
     */
    public Map<Long, List<Comment>> firstOfTickets(Actor actor, Collection<Long> visibleTicketIds, int perTicket) {
        Actor.require(actor);
        if (visibleTicketIds.isEmpty() || perTicket <= 0) {
            return Map.of();
        }
        return comments.firstOfTickets(visibleTicketIds, TicketPolicy.canSeeInternal(actor), perTicket).stream()
                .collect(Collectors.groupingBy(Comment::ticketId));
    }

    public Map<Long, Long> countOfTickets(Actor actor, Collection<Long> visibleTicketIds) {
        Actor.require(actor);
        if (visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        return comments.countByTickets(visibleTicketIds, TicketPolicy.canSeeInternal(actor));
    }

    /** Edit histories of many comments in one query, oldest edit first. */
    public Map<Long, List<CommentEdit>> editsOf(Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        return comments.editsOf(commentIds).stream().collect(Collectors.groupingBy(CommentEdit::commentId));
    }
}
