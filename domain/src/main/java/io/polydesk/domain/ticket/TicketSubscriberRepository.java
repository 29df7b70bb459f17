package io.polydesk.domain.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Who follows which ticket: one row per ticket and user. */
public interface TicketSubscriberRepository {

    /** False when the user already follows the ticket. */
    boolean add(long ticketId, long userId, Instant at);

    /** False when the user did not follow the ticket. */
    boolean remove(long ticketId, long userId);

    /** The followers of a ticket, in the order they subscribed. */
    List<Long> userIds(long ticketId);

    /** The first {@code limit} followers of each ticket, in the order they subscribed; tickets without any are left out. */
    Map<Long, List<Long>> firstUserIds(Collection<Long> ticketIds, int limit);

    /** The tickets among {@code ticketIds} that {@code userId} follows. */
    List<Long> followedAmong(long userId, Collection<Long> ticketIds);

    /** How many follow each ticket; tickets without any are left out. */
    Map<Long, Long> counts(Collection<Long> ticketIds);

    /** A user merge: the source's subscriptions become the target's, one per ticket. */
    void moveSubscriptions(long sourceUserId, long targetUserId);
}
