package io.polydesk.domain.event;

import io.polydesk.domain.ticket.Ticket;
import java.util.Objects;
import java.util.Set;

/**
 * Which ticket events a subscriber asked for; a null criterion lets everything through. The assignee is the
 * ticket's assignee as it is now, the project the one the ticket had when the event happened.
 */
public record TicketEventFilter(Long ticketId, Long projectId, Long assigneeId, Set<EventType> types) {

    public TicketEventFilter {
        types = types == null || types.isEmpty() ? null : Set.copyOf(types);
    }

    public static TicketEventFilter all() {
        return new TicketEventFilter(null, null, null, null);
    }

    public boolean matches(DomainEvent event, Ticket ticket) {
        return event.ticketId() != null
                && (ticketId == null || ticketId.equals(event.ticketId()))
                && (projectId == null || projectId.equals(event.projectId()))
                && (assigneeId == null || Objects.equals(assigneeId, ticket.assigneeId()))
                && (types == null || types.contains(event.type()));
    }
}
