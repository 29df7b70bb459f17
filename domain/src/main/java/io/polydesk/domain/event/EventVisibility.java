package io.polydesk.domain.event;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketPolicy;
import io.polydesk.domain.ticket.TicketRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may hear of which event, by the rules tickets and comments follow: a ticket's events reach whoever may
 * see the ticket (a deletion, whoever could see it before), internal events reach staff only, and a merge names
 * the merged ticket only to those who may see it too. One query per batch of events, however many listen.
 */
@Component
public class EventVisibility {

    private final TicketRepository tickets;

    public EventVisibility(TicketRepository tickets) {
        this.tickets = tickets;
    }

    /** The tickets the events name, loaded once, for {@link Audience#visibleTo}. */
    public Audience of(List<DomainEvent> events) {
        Set<Long> ids = new HashSet<>();
        for (DomainEvent event : events) {
            if (event.ticketId() != null) {
                ids.add(event.ticketId());
            }
            if (event.type() == EventType.TICKET_MERGED && event.objectId() != null) {
                ids.add(event.objectId());
            }
        }
        Map<Long, Ticket> loaded = ids.isEmpty()
                ? Map.of()
                : tickets.findByIds(ids).stream().collect(Collectors.toMap(Ticket::id, Function.identity()));
        return new Audience(events, loaded);
    }

    /** One batch of events with the tickets they name. */
    public static final class Audience {

        private final List<DomainEvent> events;
        private final Map<Long, Ticket> tickets;

        Audience(List<DomainEvent> events, Map<Long, Ticket> tickets) {
            this.events = events;
            this.tickets = tickets;
        }

        /** The ticket events {@code actor} may hear of and asked for, redacted for them, in order. */
        public List<DomainEvent> visibleTo(Actor actor, TicketEventFilter filter) {
            return events.stream()
                    .filter(e -> e.ticketId() != null && tickets.containsKey(e.ticketId()))
                    .filter(e -> mayHear(actor, e, tickets.get(e.ticketId())))
                    .filter(e -> filter.matches(e, tickets.get(e.ticketId())))
                    .map(e -> redacted(actor, e))
                    .toList();
        }

        private static boolean mayHear(Actor actor, DomainEvent event, Ticket ticket) {
            if (event.internal() && !TicketPolicy.canSeeInternal(actor)) {
                return false;
            }
            return event.type() == EventType.TICKET_DELETED
                    ? TicketPolicy.canHearOfDeletion(actor, ticket)
                    : TicketPolicy.canView(actor, ticket);
        }

        private DomainEvent redacted(Actor actor, DomainEvent event) {
            if (event.type() == EventType.TICKET_MERGED && event.objectId() != null) {
                Ticket source = tickets.get(event.objectId());
                boolean seesSource = source != null && TicketPolicy.canView(actor, source);
                return seesSource ? event : event.withObject(null);
            }
            return event;
        }
    }
}
