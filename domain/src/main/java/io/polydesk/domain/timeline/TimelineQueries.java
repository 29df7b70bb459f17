package io.polydesk.domain.timeline;

import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentRepository;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Keyset;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.shared.TicketListCursor;
import io.polydesk.domain.ticket.TicketAccess;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketPolicy;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.time.TimeEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * A ticket's timeline: every comment, history entry, file and time entry in the order they happened, paged by an
 * opaque keyset cursor. Customers never see internal comments, the files on them or time logged (left out in the
 * query), and history values naming others' tickets or assets are redacted as in {@link TicketQueries#history}.
 * Any number of tickets' first pages cost one statement for the order plus one per source present.
 */
@Service
public class TimelineQueries {

    private static final String SORT_KEY = "timeline-";

    private final TimelineRepository timeline;
    private final AttachmentRepository attachments;
    private final TicketAccess access;
    private final TicketQueries tickets;

    public TimelineQueries(
            TimelineRepository timeline, AttachmentRepository attachments, TicketAccess access, TicketQueries tickets) {
        this.timeline = timeline;
        this.attachments = attachments;
        this.access = access;
        this.tickets = tickets;
    }

    /** One window of a ticket's timeline after the cursor {@code after}; the total only when {@code counted}. */
    public CursorPage<TimelineItem> window(Actor actor, long ticketId, Integer first, String after, boolean counted) {
        int limit = KeysetWindow.limit(first);
        TimelinePosition position = position(ticketId, after);
        access.visible(actor, ticketId);
        boolean staff = TicketPolicy.canSeeInternal(actor);
        List<TimelineEntry> entries = limit == 0 ? List.of() : timeline.window(ticketId, staff, position, limit + 1);
        long total = counted ? timeline.countByTickets(List.of(ticketId), staff).getOrDefault(ticketId, 0L) : 0;
        return page(ticketId, hydrate(actor, entries), limit, position != null, total);
    }

    /** The first window of each of many tickets the caller has already been shown, keyed by ticket id. */
    public Map<Long, CursorPage<TimelineItem>> firstWindows(
            Actor actor, Collection<Long> visibleTicketIds, Integer first, boolean counted) {
        Actor.require(actor);
        int limit = KeysetWindow.limit(first);
        if (visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        boolean staff = TicketPolicy.canSeeInternal(actor);
        List<TimelineEntry> entries =
                limit == 0 ? List.of() : timeline.firstOfTickets(visibleTicketIds, staff, limit + 1);
        Map<Long, Long> totals = counted ? timeline.countByTickets(visibleTicketIds, staff) : Map.of();
        Map<Long, List<Hydrated>> byTicket = hydrate(actor, entries).stream()
                .collect(Collectors.groupingBy(h -> h.entry().ticketId()));
        return CursorPage.firstOfEach(visibleTicketIds, byTicket, limit, totals, TimelineQueries::edgeOf);
    }

    /** Checks a window's arguments up front, so a batch of windows never fails for one bad argument. */
    public static void checkWindow(long ticketId, Integer first, String after) {
        KeysetWindow.limit(first);
        position(ticketId, after);
    }

    private record Hydrated(TimelineEntry entry, TimelineItem item) {}

    private static CursorPage<TimelineItem> page(
            long ticketId, List<Hydrated> rows, int limit, boolean hasPrevious, long total) {
        return CursorPage.of(rows, limit, hasPrevious, total, edgeOf(ticketId));
    }

    private static Function<Hydrated, CursorPage.Edge<TimelineItem>> edgeOf(long ticketId) {
        return row -> new CursorPage.Edge<>(cursor(ticketId, row.entry().position()), row.item());
    }

    private static String cursor(long ticketId, TimelinePosition p) {
        return new Keyset(SORT_KEY + ticketId, p.at().toEpochMilli() + ":" + p.rank(), p.id()).encode();
    }

    private static TimelinePosition position(long ticketId, String after) {
        if (after == null) {
            return null;
        }
        Keyset keyset = Keyset.decode(after, "after");
        if (!keyset.sortKey().startsWith(SORT_KEY)) {
            throw DomainException.invalid("after", "is not a cursor this listing issued");
        }
        if (!keyset.sortKey().equals(SORT_KEY + ticketId)) {
            throw DomainException.invalid("after", "belongs to another ticket's timeline");
        }
        String[] parts = keyset.value().split(":", 2);
        try {
            int rank = Integer.parseInt(parts[1]);
            TimelineSource.ofRank(rank);
            return new TimelinePosition(TicketListCursor.instant(Long.parseLong(parts[0])), rank, keyset.id());
        } catch (RuntimeException e) {
            throw DomainException.invalid("after", "is not a cursor this listing issued");
        }
    }

    /** The rows behind the entries, one statement per source present; entries whose row went meanwhile are dropped. */
    private List<Hydrated> hydrate(Actor actor, List<TimelineEntry> entries) {
        Map<TimelineSource, List<Long>> ids = new EnumMap<>(TimelineSource.class);
        entries.forEach(
                e -> ids.computeIfAbsent(e.source(), s -> new ArrayList<>()).add(e.id()));
        Map<TimelineSource, Map<Long, TimelineItem>> items = new EnumMap<>(TimelineSource.class);
        ids.forEach((source, keys) -> items.put(source, load(actor, source, keys)));
        List<Hydrated> result = new ArrayList<>(entries.size());
        for (TimelineEntry entry : entries) {
            TimelineItem item = items.get(entry.source()).get(entry.id());
            if (item != null) {
                result.add(new Hydrated(entry, item));
            }
        }
        return result;
    }

    private Map<Long, TimelineItem> load(Actor actor, TimelineSource source, List<Long> ids) {
        return switch (source) {
            // The query already left internal rows out for customers; checked again here, where the rule lives.
            case COMMENT ->
                byId(
                        timeline.commentsByIds(ids).stream()
                                .filter(c -> !c.internal() || TicketPolicy.canSeeInternal(actor))
                                .toList(),
                        Comment::id,
                        TimelineItem.Commented::new);
            case ATTACHMENT -> byId(attachments.findByIds(ids), Attachment::id, TimelineItem.FileAttached::new);
            case TIME_ENTRY ->
                TicketPolicy.canSeeInternal(actor)
                        ? TimelineQueries.<TimeEntry>byId(
                                timeline.timeEntriesByIds(ids), TimeEntry::id, TimelineItem.TimeLogged::new)
                        : Map.of();
            case CHANGE -> changes(actor, ids);
        };
    }

    private Map<Long, TimelineItem> changes(Actor actor, List<Long> ids) {
        List<TicketChange> recorded = timeline.changesByIds(ids);
        Map<Long, TicketChange> byId = recorded.stream().collect(Collectors.toMap(TicketChange::id, c -> c));
        return byId(
                tickets.asSeenBy(actor, recorded),
                TicketChange::id,
                shown -> new TimelineItem.Changed(shown, byId.get(shown.id())));
    }

    private static <T> Map<Long, TimelineItem> byId(
            List<T> rows, Function<T, Long> id, Function<T, TimelineItem> item) {
        Map<Long, TimelineItem> result = new HashMap<>();
        rows.forEach(row -> result.put(id.apply(row), item.apply(row)));
        return result;
    }
}
