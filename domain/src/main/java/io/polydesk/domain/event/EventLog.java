package io.polydesk.domain.event;

import java.util.List;

/**
 * The durable log of domain events (an outbox): appended in the transaction of the change it records, so a
 * rolled-back change leaves no event and a committed one always has its event.
 *
 * <p>Ids are assigned at append and grow, but transactions commit in their own order: an event with a lower id
 * may become readable after one with a higher id, and a rolled-back append leaves a gap for good. Readers that
 * must not miss events keep reading gaps again for a while ({@link EventFeed} does).
 */
public interface EventLog {

    /** Stores the event and answers its id. */
    long append(DomainEvent event);

    /** Committed events with an id above {@code afterId}, lowest first, at most {@code limit}. */
    List<DomainEvent> readAfter(long afterId, int limit);

    /** The events among {@code ids} that are committed, lowest first. */
    List<DomainEvent> readIds(List<Long> ids);

    /** One ticket's events with an id above {@code afterId}, lowest first, at most {@code limit}. */
    List<DomainEvent> readByTicket(long ticketId, long afterId, int limit);

    /** The highest id appended so far, or 0. */
    long lastId();
}
