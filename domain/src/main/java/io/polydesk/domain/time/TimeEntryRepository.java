package io.polydesk.domain.time;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where time entries are kept. */
public interface TimeEntryRepository {

    long insert(TimeEntry entry);

    /** Writes task, date, minutes, billable, note and the update time. */
    void update(TimeEntry entry);

    void delete(long id);

    Optional<TimeEntry> findById(long id);

    /**
     * One ticket's entries ordered by date then id, starting after ({@code afterDate}, {@code afterId}) when
     * those are given; at most {@code limit} rows.
     */
    List<TimeEntry> window(long ticketId, LocalDate afterDate, Long afterId, int limit);

    /** The first {@code perTicket} entries of each ticket (date then id), in one query. */
    List<TimeEntry> firstOfTickets(Collection<Long> ticketIds, int perTicket);

    /** Entry counts per ticket; every requested ticket has an entry, zero if none. */
    Map<Long, Long> countByTickets(Collection<Long> ticketIds);

    /** Totals for many tickets in one query; tickets without entries are absent. */
    List<TimeSpent> totalsOf(Collection<Long> ticketIds);
}
