package io.polydesk.api.graphql.ticket;

import io.polydesk.domain.ticket.Ticket;

/** The shape of every ticket mutation's payload: the ticket as it is after the write. */
public record TicketPayload(Ticket ticket) {}
