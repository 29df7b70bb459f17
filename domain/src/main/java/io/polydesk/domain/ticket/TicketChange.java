package io.polydesk.domain.ticket;

import java.time.Instant;

/** One field change in a ticket's history; values are shown as text (keys, ids or dates). */
public record TicketChange(
        long id, long ticketId, Long actorId, Instant at, String field, String fromValue, String toValue) {}
