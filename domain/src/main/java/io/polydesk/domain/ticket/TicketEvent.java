package io.polydesk.domain.ticket;

import java.util.List;

/** Something happened to a ticket, on whatever surface; published after the rules passed. */
public sealed interface TicketEvent {

    /** The actor id of what Polydesk does by itself (a snooze ending); events record no actor for it. */
    long SYSTEM = 0;

    long ticketId();

    record TicketCreated(long ticketId, long actorId) implements TicketEvent {}

    record TicketUpdated(long ticketId, long actorId, List<TicketChange> changes) implements TicketEvent {}

    record CommentAdded(long ticketId, long actorId, long commentId, boolean internal) implements TicketEvent {}
}
