package io.polydesk.domain.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads of ticket history a page at a time, in (changed, id) order. */
public interface TicketHistoryRepository {

    /** One ticket's changes after ({@code afterAt}, {@code afterId}) when those are given; at most {@code limit}. */
    List<TicketChange> window(long ticketId, Instant afterAt, Long afterId, int limit);

    /** The first {@code perTicket} changes of each ticket, in one query. */
    List<TicketChange> firstOfTickets(Collection<Long> ticketIds, int perTicket);

    /** Change counts per ticket; every requested ticket has a count, zero if none. */
    Map<Long, Long> countByTickets(Collection<Long> ticketIds);
}
