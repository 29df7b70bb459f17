package io.polydesk.domain.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where tickets, their tags and their history are kept. */
public interface TicketRepository {

    long insert(Ticket ticket);

    void assignNumber(long id, String number);

    /**
     * Writes every mutable field and bumps the version, but only if the stored version is still
     * {@code expectedLockVersion}. Answers whether the row was written.
     */
    boolean update(Ticket ticket, int expectedLockVersion);

    /** Marks the ticket as having changed (a comment was added) without bumping its version. */
    void touch(long id, Instant at, Instant firstResponseAt);

    Optional<Ticket> findById(long id);

    List<Ticket> findByIds(Collection<Long> ids);

    List<Ticket> search(TicketSearch search);

    long count(TicketCriteria criteria);

    List<TicketTag> tagsOf(Collection<Long> ticketIds);

    void replaceTags(long ticketId, Collection<Long> tagIds);

    void addHistory(List<TicketChange> changes);

    /** The history of many tickets in one query, ordered by ticket, then oldest change first. */
    List<TicketChange> historyOf(Collection<Long> ticketIds);

    /** Of {@code numbers}, those of live tickets {@code requesterId} requested. */
    Set<String> numbersRequestedBy(long requesterId, Collection<String> numbers);
}
