package io.polydesk.domain.relation;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketPolicy;
import io.polydesk.domain.ticket.TicketRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Links, parents and sub-tickets of many tickets at once. Only related tickets the caller may see are shown,
 * so a customer never learns of someone else's ticket through a link. Each method runs two queries (the
 * relation rows, then the related tickets) whatever the number of tickets.
 */
@Service
public class RelationQueries {

    private final RelationRepository relations;
    private final TicketRepository tickets;

    public RelationQueries(RelationRepository relations, TicketRepository tickets) {
        this.relations = relations;
        this.tickets = tickets;
    }

    public Map<Long, List<LinkedTicket>> linksOf(Actor actor, Collection<Long> visibleTicketIds) {
        Actor.require(actor);
        if (visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> asked = new HashSet<>(visibleTicketIds);
        List<TicketLink> links = relations.linksOf(asked);
        Set<Long> others = new HashSet<>();
        links.forEach(l -> {
            others.add(l.sourceTicketId());
            others.add(l.targetTicketId());
        });
        Map<Long, Ticket> visible = visible(actor, others);
        Map<Long, List<LinkedTicket>> result = new HashMap<>();
        for (TicketLink link : links) {
            for (long end : new long[] {link.sourceTicketId(), link.targetTicketId()}) {
                Ticket other = visible.get(link.otherEnd(end));
                if (asked.contains(end) && other != null) {
                    result.computeIfAbsent(end, k -> new ArrayList<>())
                            .add(new LinkedTicket(
                                    link.id(),
                                    end,
                                    other,
                                    link.kind(),
                                    link.sourceTicketId() == end,
                                    link.createdAt()));
                }
            }
        }
        return result;
    }

    /** Each ticket's parent, if it has one the caller may see. */
    public Map<Long, Ticket> parentsOf(Actor actor, Collection<Long> visibleTicketIds) {
        Actor.require(actor);
        if (visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        List<TicketParent> rows = relations.parentsOf(visibleTicketIds);
        Map<Long, Ticket> visible =
                visible(actor, rows.stream().map(TicketParent::parentId).toList());
        Map<Long, Ticket> result = new HashMap<>();
        rows.forEach(r -> {
            Ticket parent = visible.get(r.parentId());
            if (parent != null) {
                result.put(r.ticketId(), parent);
            }
        });
        return result;
    }

    /** Each ticket's sub-tickets the caller may see, in id order. */
    public Map<Long, List<Ticket>> childrenOf(Actor actor, Collection<Long> visibleTicketIds) {
        Actor.require(actor);
        if (visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        List<TicketParent> rows = relations.childrenOf(visibleTicketIds);
        Map<Long, Ticket> visible =
                visible(actor, rows.stream().map(TicketParent::ticketId).toList());
        return rows.stream()
                .filter(r -> visible.containsKey(r.ticketId()))
                .collect(Collectors.groupingBy(
                        TicketParent::parentId,
                        Collectors.mapping(r -> visible.get(r.ticketId()), Collectors.toList())));
    }

    private Map<Long, Ticket> visible(Actor actor, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return tickets.findByIds(ids).stream()
                .filter(t -> TicketPolicy.canView(actor, t))
                .collect(Collectors.toMap(Ticket::id, t -> t));
    }
}
