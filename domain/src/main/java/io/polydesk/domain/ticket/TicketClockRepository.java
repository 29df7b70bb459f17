package io.polydesk.domain.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The SLA and snooze columns of the ticket rows, written apart from the ticket's fields and version. */
public interface TicketClockRepository {

    /**
     * Writes the clocks. A breach once recorded stays recorded: the flags are only ever turned on here, so a
     * writer working from an older read cannot undo the scan's claim.
     */
    void write(long ticketId, TicketClocks clocks);

    /**
     * Records the breach of one target if nobody did yet, and moves the alert on. Answers whether this call
     * recorded it: of two instances racing, exactly one does.
     */
    boolean claimBreach(long ticketId, boolean firstResponse, Instant nextAlertAt);

    /** Live tickets whose next unrecorded deadline is at or before {@code at}, soonest first. */
    List<Long> alertsDue(Instant at, int limit);

    /**
     * Live tickets whose snooze ended at or before {@code at}, locked for this transaction; rows another instance
     * holds are skipped ({@code FOR UPDATE SKIP LOCKED}).
     */
    List<Long> lockSnoozesEnded(Instant at, int limit);

    /** Live tickets of an unfinished status with an id above {@code afterId}, by id. */
    List<Long> unfinishedIds(long afterId, int limit);

    /** The company of each ticket that has one. */
    Map<Long, Long> companies(Collection<Long> ticketIds);
}
