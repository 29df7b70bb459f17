package io.polydesk.domain.search;

/** What the database ranks: a ticket id and its relevance. */
public record ScoredTicket(long ticketId, double score) {}
