package io.polydesk.domain.timeline;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.time.TimeEntry;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads a ticket's timeline: history entries, comments, files and time entries merged in one ordered listing by
 * the database, then the rows of each source by id. {@code staffView} false leaves out internal comments, the files
 * on them and time entries, in the query itself.
 */
public interface TimelineRepository {

    /** One ticket's entries in timeline order after {@code after} (from the start when null), at most {@code limit}. */
    List<TimelineEntry> window(long ticketId, boolean staffView, TimelinePosition after, int limit);

    /** The first {@code perTicket} entries of each ticket, in one statement, by ticket then timeline order. */
    List<TimelineEntry> firstOfTickets(Collection<Long> ticketIds, boolean staffView, int perTicket);

    /** Entry counts per ticket; every requested ticket has a count, zero if none. */
    Map<Long, Long> countByTickets(Collection<Long> ticketIds, boolean staffView);

    List<Comment> commentsByIds(Collection<Long> ids);

    List<TicketChange> changesByIds(Collection<Long> ids);

    List<TimeEntry> timeEntriesByIds(Collection<Long> ids);
}
