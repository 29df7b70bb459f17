package io.polydesk.domain.search;

import io.polydesk.domain.ticket.Ticket;

/** A ticket a text search found, with how well it matched (higher is better; comparable within one search). */
public record TicketHit(Ticket ticket, double score) {}
