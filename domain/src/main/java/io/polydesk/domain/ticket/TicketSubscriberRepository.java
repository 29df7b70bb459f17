package io.polydesk.domain.ticket;

import java.time.Instant;
import java.util.List;

/** Who follows which ticket: one row per ticket and user. */
public interface TicketSubscriberRepository {

    /** False when the user already follows the ticket. */
    boolean add(long ticketId, long userId, Instant at);

    /** False when the user did not follow the ticket. */
    boolean remove(long ticketId, long userId);

    /** The followers of a ticket, in the order they subscribed. */
    List<Long> userIds(long ticketId);

    /** A user merge: the source's subscriptions become the target's, one per ticket. */
    void moveSubscriptions(long sourceUserId, long targetUserId);
}
