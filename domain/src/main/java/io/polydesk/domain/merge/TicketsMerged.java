package io.polydesk.domain.merge;

/** A ticket was merged into another, published inside the merging transaction. */
public record TicketsMerged(long sourceId, long targetId, long actorId) {}
