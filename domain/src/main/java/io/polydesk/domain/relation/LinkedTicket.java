package io.polydesk.domain.relation;

import io.polydesk.domain.ticket.Ticket;
import java.time.Instant;

/**
 * A link as seen from one ticket: the other ticket, the kind, and whether this ticket is the link's source
 * ({@code outward}: "this duplicates that") or its target ("that duplicates this").
 */
public record LinkedTicket(
        long linkId, long ticketId, Ticket other, LinkKind kind, boolean outward, Instant createdAt) {}
