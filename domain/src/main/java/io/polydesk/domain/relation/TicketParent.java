package io.polydesk.domain.relation;

/** A sub-ticket and its parent. */
public record TicketParent(long ticketId, long parentId) {}
