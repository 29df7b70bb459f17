package io.polydesk.domain.ticketview;

import io.polydesk.domain.asset.AssetTicketQueries;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.TicketCompany;
import io.polydesk.domain.organisation.UserOrganisation;
import io.polydesk.domain.relation.TicketParent;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketPolicy;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticket.TicketTag;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeSpent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What a ticket detail shows beside the ticket, for tickets the caller has already been shown, in one round trip:
 * the facets come from a single statement. The rules are those of the facet's own queries: files of internal
 * comments, time, tasks and teams for staff only; sub-tickets and assets only those the caller may see, checked by
 * one more query only when there are any.
 */
@Service
public class TicketFacetQueries {

    /** How many time entries a detail shows at most, the earliest by date. */
    public static final int TIME_ENTRIES_SHOWN = 100;

    private static final Set<TicketFacet> STAFF_ONLY =
            EnumSet.of(TicketFacet.TIME_TOTALS, TicketFacet.TASKS, TicketFacet.TIME_ENTRIES, TicketFacet.TEAMS);

    private final TicketFacetRepository facets;
    private final TicketQueries tickets;
    private final AssetTicketQueries assets;

    public TicketFacetQueries(TicketFacetRepository facets, TicketQueries tickets, AssetTicketQueries assets) {
        this.facets = facets;
        this.tickets = tickets;
        this.assets = assets;
    }

    public TicketFacets of(Actor actor, Collection<Long> shownTicketIds, Set<TicketFacet> wanted) {
        Actor.require(actor);
        EnumSet<TicketFacet> asked = wanted.isEmpty() ? EnumSet.noneOf(TicketFacet.class) : EnumSet.copyOf(wanted);
        if (!actor.isStaff()) {
            asked.removeAll(STAFF_ONLY);
        }
        TicketFacetRows rows = shownTicketIds.isEmpty() || asked.isEmpty()
                ? new TicketFacetRows(
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of())
                : facets.load(shownTicketIds, asked, TicketPolicy.canSeeInternal(actor), TIME_ENTRIES_SHOWN);
        Map<Long, TimeSpent> totals = new HashMap<>();
        if (asked.contains(TicketFacet.TIME_TOTALS)) {
            shownTicketIds.forEach(id -> totals.put(id, TimeSpent.none(id)));
            rows.timeTotals().forEach(t -> totals.put(t.ticketId(), t));
        }
        return new TicketFacets(
                group(rows.tags(), TicketTag::ticketId, TicketTag::tag),
                group(rows.customFields(), CustomFieldValue::ticketId, Function.identity()),
                rows.companies().stream().collect(Collectors.toMap(TicketCompany::ticketId, TicketCompany::companyId)),
                visibleChildren(actor, rows.children()),
                totals,
                group(rows.files(), Attachment::ticketId, Function.identity()),
                rows.peopleOrganisations().stream()
                        .collect(Collectors.toMap(UserOrganisation::userId, Function.identity(), (a, b) -> a)),
                group(rows.tasks(), Task::ticketId, Function.identity()),
                group(rows.timeEntries(), TimeEntry::ticketId, Function.identity()),
                rows.assetLinks().isEmpty() ? Map.of() : assets.assetsOfLinks(actor, rows.assetLinks()),
                rows.teams().stream()
                        .collect(
                                Collectors.toMap(AgentTeam::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    private Map<Long, List<Ticket>> visibleChildren(Actor actor, List<TicketParent> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, Ticket> visible = tickets.visibleByIds(
                actor, rows.stream().map(TicketParent::ticketId).distinct().toList());
        return rows.stream()
                .filter(r -> visible.containsKey(r.ticketId()))
                .collect(Collectors.groupingBy(
                        TicketParent::parentId,
                        Collectors.mapping(r -> visible.get(r.ticketId()), Collectors.toList())));
    }

    private static <R, V> Map<Long, List<V>> group(List<R> rows, Function<R, Long> ticket, Function<R, V> value) {
        Map<Long, List<V>> grouped = new HashMap<>();
        for (R row : rows) {
            grouped.computeIfAbsent(ticket.apply(row), k -> new ArrayList<>()).add(value.apply(row));
        }
        return grouped;
    }
}
