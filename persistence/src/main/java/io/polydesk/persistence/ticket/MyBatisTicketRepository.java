package io.polydesk.persistence.ticket;

import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketCriteria;
import io.polydesk.domain.ticket.TicketRepository;
import io.polydesk.domain.ticket.TicketSearch;
import io.polydesk.domain.ticket.TicketTag;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Repository;

/** Tickets, their tags and their change history. */
@Repository
public class MyBatisTicketRepository implements TicketRepository {

    private final TicketMapper mapper;

    public MyBatisTicketRepository(TicketMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(Ticket ticket) {
        GeneratedId key = new GeneratedId();
        mapper.insert(ticket, key);
        return key.value();
    }

    @Override
    public void assignNumber(long id, String number) {
        if (mapper.assignNumber(id, number) != 1) {
            throw new IllegalStateException("Ticket " + id + " does not exist");
        }
    }

    @Override
    public boolean update(Ticket ticket, int expectedLockVersion) {
        return mapper.update(ticket, expectedLockVersion) == 1;
    }

    @Override
    public void touch(long id, Instant at, Instant firstResponseAt) {
        mapper.touch(id, at, firstResponseAt);
    }

    @Override
    public Optional<Ticket> findById(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    @Override
    public List<Ticket> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(ids);
    }

    @Override
    public List<Ticket> search(TicketSearch search) {
        if (search.limit() <= 0 || search.criteria().nothing()) {
            return List.of();
        }
        return mapper.search(TicketQuery.page(search));
    }

    @Override
    public long count(TicketCriteria criteria) {
        return criteria.nothing() ? 0 : mapper.count(TicketQuery.count(criteria));
    }

    @Override
    public List<TicketTag> tagsOf(Collection<Long> ticketIds) {
        return ticketIds.isEmpty()
                ? List.of()
                : mapper.tagsOf(ticketIds).stream()
                        .map(TicketTagRow::toTicketTag)
                        .toList();
    }

    @Override
    public void replaceTags(long ticketId, Collection<Long> tagIds) {
        mapper.deleteTags(ticketId);
        if (!tagIds.isEmpty()) {
            mapper.insertTags(ticketId, new LinkedHashSet<>(tagIds));
        }
    }

    @Override
    public void addHistory(List<TicketChange> changes) {
        if (!changes.isEmpty()) {
            mapper.insertHistory(changes);
        }
    }

    @Override
    public List<TicketChange> historyOf(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : mapper.historyOf(ticketIds);
    }

    @Override
    public Set<String> numbersRequestedBy(long requesterId, Collection<String> numbers) {
        return numbers.isEmpty() ? Set.of() : Set.copyOf(mapper.numbersRequestedBy(requesterId, numbers));
    }
}
