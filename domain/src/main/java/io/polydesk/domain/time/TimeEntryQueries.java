package io.polydesk.domain.time;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Keyset;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.ticket.TicketAccess;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads of time entries: a keyset window per ticket (by work date, then id) and totals per ticket. Customers
 * see no time at all: their windows are empty and their totals absent.
 */
@Service
public class TimeEntryQueries {

    static final String SORT_KEY = "date";

    private final TimeEntryRepository entries;
    private final TicketAccess access;

    public TimeEntryQueries(TimeEntryRepository entries, TicketAccess access) {
        this.entries = entries;
        this.access = access;
    }

    /** One entry, for staff who may see its ticket. */
    public TimeEntry get(Actor actor, long entryId) {
        Actor.requireStaff(actor);
        TimeEntry entry = entries.findById(entryId).orElseThrow(() -> DomainException.notFound("Time entry", entryId));
        access.visible(actor, entry.ticketId());
        return entry;
    }

    public CursorPage<TimeEntry> window(Actor actor, long ticketId, Integer first, String after) {
        access.visible(actor, ticketId);
        int limit = limit(first);
        Keyset position = position(after);
        if (!actor.isStaff()) {
            return new CursorPage<>(List.of(), false, position != null, 0);
        }
        List<TimeEntry> rows = limit == 0
                ? List.of()
                : entries.window(
                        ticketId,
                        position == null ? null : date(position),
                        position == null ? null : position.id(),
                        limit + 1);
        return page(
                rows,
                limit,
                position != null,
                entries.countByTickets(List.of(ticketId)).get(ticketId));
    }

    /**
     * The first window of each of many tickets the caller has already been shown, in two queries (rows and
     * counts) whatever the number of tickets.
     */
    public Map<Long, CursorPage<TimeEntry>> firstWindows(
            Actor actor, Collection<Long> visibleTicketIds, Integer first) {
        Actor.require(actor);
        int limit = limit(first);
        Map<Long, CursorPage<TimeEntry>> result = new HashMap<>();
        if (!actor.isStaff() || visibleTicketIds.isEmpty()) {
            visibleTicketIds.forEach(id -> result.put(id, new CursorPage<>(List.of(), false, false, 0)));
            return result;
        }
        Map<Long, List<TimeEntry>> rows = limit == 0
                ? Map.of()
                : entries.firstOfTickets(visibleTicketIds, limit + 1).stream()
                        .collect(Collectors.groupingBy(TimeEntry::ticketId));
        Map<Long, Long> counts = entries.countByTickets(visibleTicketIds);
        for (Long id : visibleTicketIds) {
            result.put(id, page(rows.getOrDefault(id, List.of()), limit, false, counts.getOrDefault(id, 0L)));
        }
        return result;
    }

    /** Totals of many tickets the caller has already been shown, in one query; empty for customers. */
    public Map<Long, TimeSpent> totalsOf(Actor actor, Collection<Long> visibleTicketIds) {
        Actor.require(actor);
        if (!actor.isStaff() || visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, TimeSpent> totals = new HashMap<>();
        visibleTicketIds.forEach(id -> totals.put(id, TimeSpent.none(id)));
        entries.totalsOf(visibleTicketIds).forEach(t -> totals.put(t.ticketId(), t));
        return totals;
    }

    /** Checks a window's arguments up front, so a batch of windows never fails for one bad argument. */
    public static void checkWindow(Integer first, String after) {
        limit(first);
        position(after);
    }

    private static CursorPage<TimeEntry> page(List<TimeEntry> rows, int limit, boolean hasPrevious, long total) {
        return KeysetWindow.of(
                rows,
                limit,
                hasPrevious,
                total,
                e -> new Keyset(SORT_KEY, e.date().toString(), e.id()));
    }

    private static int limit(Integer first) {
        return KeysetWindow.limit(first);
    }

    private static Keyset position(String after) {
        Keyset position = KeysetWindow.position(after, SORT_KEY);
        if (position != null) {
            date(position);
        }
        return position;
    }

    private static LocalDate date(Keyset position) {
        try {
            return LocalDate.parse(position.value());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("after", "is not a cursor this listing issued");
        }
    }
}
