package io.polydesk.domain.ticket;

import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.customfield.CustomFieldRepository;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Keyset;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.shared.Page;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads of tickets, with the visibility rules applied in the query itself. Like every {@code *Queries}, without a
 * transaction: each read is one statement, and a transaction would add three round trips (README).
 */
@Service
public class TicketQueries {

    private static final Pattern NUMBER = Pattern.compile("[^-]{1,10}-0*([1-9][0-9]{0,17})");

    private final TicketRepository tickets;
    private final TicketAccess access;
    private final CustomFieldRepository customFields;
    private final Workflow workflow;
    private final TicketCriteriaResolver filters;

    public TicketQueries(
            TicketRepository tickets,
            TicketAccess access,
            CustomFieldRepository customFields,
            Workflow workflow,
            TicketTextIndex textIndex,
            Clock clock) {
        this.tickets = tickets;
        this.access = access;
        this.customFields = customFields;
        this.workflow = workflow;
        this.filters = new TicketCriteriaResolver(workflow, textIndex, clock);
    }

    public Ticket get(Actor actor, long id) {
        return access.visible(actor, id);
    }

    /**
     * One of the caller's own tickets ({@link TicketPolicy#isOwn}), for the end-user portals: NOT_FOUND for any
     * other, even one staff may otherwise see.
     */
    public Ticket own(Actor actor, long id) {
        Ticket ticket = access.visible(actor, id);
        if (!TicketPolicy.isOwn(actor, ticket)) {
            throw DomainException.notFound("Ticket", id);
        }
        return ticket;
    }

    /** A ticket by its number ({@code TKT-042}, any case), if the caller may see it. */
    public Ticket byNumber(Actor actor, String number) {
        Actor.require(actor);
        Matcher m = NUMBER.matcher(number == null ? "" : number.strip());
        if (m.matches()) {
            long id = Long.parseLong(m.group(1));
            Ticket ticket = tickets.findById(id)
                    .filter(t -> TicketPolicy.canView(actor, t))
                    .filter(t -> t.number() != null && t.number().equalsIgnoreCase(number.strip()))
                    .orElse(null);
            if (ticket != null) {
                return ticket;
            }
        }
        throw DomainException.notFound("Ticket", number == null ? "" : abbreviate(number));
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** A numbered page, for the dialects whose documents page by number. */
    public Page<Ticket> page(Actor actor, TicketFilter filter, TicketOrder order, OffsetPage page) {
        TicketCriteria criteria = filters.of(Actor.require(actor), filter);
        if (criteria.nothing()) {
            return new Page<>(List.of(), 0, page);
        }
        List<Ticket> items = tickets.search(TicketSearch.atOffset(criteria, order, page.offset(), page.size()));
        return new Page<>(items, tickets.count(criteria), page);
    }

    /** {@code limit} rows after skipping {@code offset}, for the dialects whose documents page by row offset. */
    public List<Ticket> slice(Actor actor, TicketFilter filter, TicketOrder order, long offset, int limit) {
        TicketCriteria criteria = filters.of(Actor.require(actor), filter);
        if (offset < 0 || limit < 1 || limit > OffsetPage.MAX_SIZE) {
            throw DomainException.invalid(
                    offset < 0 ? "offset" : "limit", offset < 0 ? "must be 0 or more" : "is out of range");
        }
        if (criteria.nothing()) {
            return List.of();
        }
        return tickets.search(TicketSearch.atOffset(criteria, order, offset, limit));
    }

    /**
     * Like {@link #slice}, for tickets matching any of {@code filters} (Ransack's {@code m=or}), each resolved for
     * the caller on its own, in one statement ordered and cut in SQL. No filter matches nothing.
     */
    public List<Ticket> sliceOfAny(Actor actor, List<TicketFilter> filters, TicketOrder order, long offset, int limit) {
        Actor.require(actor);
        if (filters.size() == 1) {
            return slice(actor, filters.get(0), order, offset, limit);
        }
        if (offset < 0 || limit < 1 || limit > OffsetPage.MAX_SIZE) {
            throw DomainException.invalid(
                    offset < 0 ? "offset" : "limit", offset < 0 ? "must be 0 or more" : "is out of range");
        }
        TicketCriteria criteria = TicketCriteria.anyOf(
                filters.stream().map(f -> this.filters.of(actor, f)).toList());
        if (criteria.nothing()) {
            return List.of();
        }
        return tickets.search(TicketSearch.atOffset(criteria, order, offset, limit));
    }

    /** A keyset window: {@code first} rows after the cursor {@code after}. */
    public CursorPage<Ticket> window(Actor actor, TicketFilter filter, TicketOrder order, Integer first, String after) {
        return window(actor, filter, order, first, after, true);
    }

    /**
     * As {@link #window(Actor, TicketFilter, TicketOrder, Integer, String)}; without {@code counted} the matches are
     * not counted (the total is 0), which spares a query that reads every match, for callers that show no total.
     */
    public CursorPage<Ticket> window(
            Actor actor, TicketFilter filter, TicketOrder order, Integer first, String after, boolean counted) {
        TicketCriteria criteria = filters.of(Actor.require(actor), filter);
        int limit = KeysetWindow.limit(first);
        if (criteria.nothing()) {
            return new CursorPage<>(List.of(), false, after != null, 0);
        }
        Keyset position = KeysetWindow.position(after, sortKey(order));
        TicketSearch search;
        try {
            search = new TicketSearch(
                    criteria,
                    order,
                    position == null ? null : position.id(),
                    position != null && isTime(order) ? Instant.ofEpochMilli(Long.parseLong(position.value())) : null,
                    position != null && order.field() == TicketOrder.Field.PRIORITY
                            ? Integer.valueOf(position.value())
                            : null,
                    0,
                    limit + 1);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("after", "is not a cursor this listing issued");
        }
        List<Ticket> rows = limit == 0 ? List.of() : tickets.search(search);
        return KeysetWindow.of(
                rows,
                limit,
                position != null,
                counted ? tickets.count(criteria) : 0,
                t -> new Keyset(sortKey(order), sortValue(order, t), t.id()));
    }

    public List<TicketChange> history(Actor actor, long ticketId) {
        access.visible(actor, ticketId);
        return forCaller(actor, tickets.historyOf(List.of(ticketId)));
    }

    /**
     * The history of tickets the caller has already been shown, oldest change first, in one query (two more for
     * a customer). Whoever may see a ticket sees all of its entries; a customer sees another ticket or an asset
     * named in an entry only if it is one of their own tickets.
     */
    public Map<Long, List<TicketChange>> historyOf(Actor actor, Collection<Long> visibleTicketIds) {
        Actor.require(actor);
        if (visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        return forCaller(actor, tickets.historyOf(visibleTicketIds)).stream()
                .collect(Collectors.groupingBy(TicketChange::ticketId));
    }

    /** History entries as {@code actor} may read them: see {@link #historyOf}. */
    public List<TicketChange> asSeenBy(Actor actor, List<TicketChange> changes) {
        return changes.isEmpty() ? changes : forCaller(Actor.require(actor), changes);
    }

    private List<TicketChange> forCaller(Actor actor, List<TicketChange> changes) {
        return actor.isStaff() ? changes : new CustomerHistory(tickets).redact(actor.userId(), changes);
    }

    /** Tags of many tickets in one query, keyed by ticket id. */
    public Map<Long, List<Tag>> tagsOf(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        return tickets.tagsOf(ticketIds).stream()
                .collect(Collectors.groupingBy(
                        TicketTag::ticketId, Collectors.mapping(TicketTag::tag, Collectors.toList())));
    }

    /** Custom field values of many tickets in one query, keyed by ticket id. */
    public Map<Long, List<CustomFieldValue>> customFieldsOf(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        return customFields.valuesOf(ticketIds).stream().collect(Collectors.groupingBy(CustomFieldValue::ticketId));
    }

    /** The tickets among {@code ids} the caller may see, keyed by id, in one query. */
    public Map<Long, Ticket> visibleByIds(Actor actor, Collection<Long> ids) {
        Actor.require(actor);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return tickets.findByIds(ids).stream()
                .filter(t -> TicketPolicy.canView(actor, t))
                .collect(Collectors.toMap(Ticket::id, t -> t));
    }

    private static boolean isTime(TicketOrder order) {
        return order.field() == TicketOrder.Field.CREATED_AT || order.field() == TicketOrder.Field.UPDATED_AT;
    }

    private static String sortKey(TicketOrder order) {
        return order.field().name() + (order.descending() ? "-" : "+");
    }

    private String sortValue(TicketOrder order, Ticket t) {
        return switch (order.field()) {
            case ID -> Long.toString(t.id());
            case CREATED_AT -> Long.toString(t.createdAt().toEpochMilli());
            case UPDATED_AT -> Long.toString(t.updatedAt().toEpochMilli());
            case PRIORITY -> Integer.toString(workflow.priority(t.priorityId()).level());
        };
    }

    public Status status(Ticket t) {
        return workflow.status(t.statusId());
    }

    public Priority priority(Ticket t) {
        return workflow.priority(t.priorityId());
    }
}
