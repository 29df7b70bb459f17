package io.polydesk.persistence.ticket;

/** One row of {@code ticket_subscribers}: a user who follows a ticket. */
public record TicketFollower(long ticketId, long userId) {}
