package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.shared.TicketListCursor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * A ticket's history a page at a time, oldest change first, with the same customer redaction as
 * {@link TicketQueries#historyOf}: whoever may see the ticket sees every entry, values naming others' tickets or
 * assets removed for customers.
 */
@Service
public class TicketHistoryQueries {

    private static final String LISTING = "changes";

    private final TicketHistoryRepository history;
    private final TicketRepository tickets;
    private final TicketAccess access;

    public TicketHistoryQueries(TicketHistoryRepository history, TicketRepository tickets, TicketAccess access) {
        this.history = history;
        this.tickets = tickets;
        this.access = access;
    }

    public CursorPage<TicketChange> window(Actor actor, long ticketId, Integer first, String after, boolean counted) {
        int limit = KeysetWindow.limit(first);
        TicketListCursor position = TicketListCursor.decode(LISTING, ticketId, after);
        access.visible(actor, ticketId);
        List<TicketChange> rows = limit == 0
                ? List.of()
                : history.window(
                        ticketId,
                        position == null ? null : position.at(),
                        position == null ? null : position.id(),
                        limit + 1);
        long total = counted ? history.countByTickets(List.of(ticketId)).getOrDefault(ticketId, 0L) : 0;
        return page(ticketId, forCaller(actor, rows), limit, position != null, total);
    }

    /** The first window of each of many tickets the caller has already been shown, keyed by ticket id. */
    public Map<Long, CursorPage<TicketChange>> firstWindows(
            Actor actor, Collection<Long> visibleTicketIds, Integer first, boolean counted) {
        Actor.require(actor);
        int limit = KeysetWindow.limit(first);
        if (visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        List<TicketChange> rows = limit == 0 ? List.of() : history.firstOfTickets(visibleTicketIds, limit + 1);
        Map<Long, List<TicketChange>> byTicket =
                forCaller(actor, rows).stream().collect(Collectors.groupingBy(TicketChange::ticketId));
        Map<Long, Long> totals = counted ? history.countByTickets(visibleTicketIds) : Map.of();
        return CursorPage.firstOfEach(visibleTicketIds, byTicket, limit, totals, TicketHistoryQueries::edgeOf);
    }

    /** Checks a window's arguments up front, so a batch of windows never fails for one bad argument. */
    public static void checkWindow(long ticketId, Integer first, String after) {
        KeysetWindow.limit(first);
        TicketListCursor.decode(LISTING, ticketId, after);
    }

    private List<TicketChange> forCaller(Actor actor, List<TicketChange> changes) {
        return actor.isStaff() || changes.isEmpty()
                ? changes
                : new CustomerHistory(tickets).redact(actor.userId(), changes);
    }

    private static CursorPage<TicketChange> page(
            long ticketId, List<TicketChange> rows, int limit, boolean previous, long total) {
        return CursorPage.of(rows, limit, previous, total, edgeOf(ticketId));
    }

    private static Function<TicketChange, CursorPage.Edge<TicketChange>> edgeOf(long ticketId) {
        return c -> new CursorPage.Edge<>(TicketListCursor.encode(LISTING, ticketId, c.at(), c.id()), c);
    }
}
