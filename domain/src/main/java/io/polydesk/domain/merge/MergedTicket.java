package io.polydesk.domain.merge;

/** A ticket that was merged away, and the ticket it now lives on in. */
public record MergedTicket(long ticketId, long mergedIntoId) {}
