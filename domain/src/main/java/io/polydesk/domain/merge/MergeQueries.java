package io.polydesk.domain.merge;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketPolicy;
import io.polydesk.domain.ticket.TicketRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Where merged tickets went, for many tickets at once; a target the caller may not see is not shown. */
@Service
public class MergeQueries {

    private final MergeRepository merges;
    private final TicketRepository tickets;

    public MergeQueries(MergeRepository merges, TicketRepository tickets) {
        this.merges = merges;
        this.tickets = tickets;
    }

    public Map<Long, Ticket> mergedIntoOf(Actor actor, Collection<Long> visibleTicketIds) {
        Actor.require(actor);
        if (visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        List<MergedTicket> rows = merges.mergedIntoOf(visibleTicketIds);
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, Ticket> targets = tickets
                .findByIds(rows.stream().map(MergedTicket::mergedIntoId).toList())
                .stream()
                .filter(t -> TicketPolicy.canView(actor, t))
                .collect(Collectors.toMap(Ticket::id, t -> t));
        Map<Long, Ticket> result = new HashMap<>();
        rows.forEach(r -> {
            Ticket target = targets.get(r.mergedIntoId());
            if (target != null) {
                result.put(r.ticketId(), target);
            }
        });
        return result;
    }
}
