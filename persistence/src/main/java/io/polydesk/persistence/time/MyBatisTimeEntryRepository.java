package io.polydesk.persistence.time;

import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeEntryRepository;
import io.polydesk.domain.time.TimeSpent;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.IdCount;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Time logged on tickets, listed by keyset and summed per ticket. */
@Repository
public class MyBatisTimeEntryRepository implements TimeEntryRepository {

    private final TimeEntryMapper mapper;

    public MyBatisTimeEntryRepository(TimeEntryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(TimeEntry entry) {
        GeneratedId key = new GeneratedId();
        mapper.insert(entry, key);
        return key.value();
    }

    @Override
    public void update(TimeEntry entry) {
        if (mapper.update(entry) != 1) {
            throw new IllegalStateException("Time entry " + entry.id() + " does not exist");
        }
    }

    @Override
    public void delete(long id) {
        mapper.delete(id);
    }

    @Override
    public Optional<TimeEntry> findById(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    @Override
    public List<TimeEntry> window(long ticketId, LocalDate afterDate, Long afterId, int limit) {
        return mapper.window(ticketId, afterDate, afterId, limit);
    }

    @Override
    public List<TimeEntry> firstOfTickets(Collection<Long> ticketIds, int perTicket) {
        if (ticketIds.isEmpty() || perTicket <= 0) {
            return List.of();
        }
        return mapper.firstOfTickets(ticketIds, perTicket);
    }

    @Override
    public Map<Long, Long> countByTickets(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        return IdCount.toMap(ticketIds, mapper.countByTickets(ticketIds));
    }

    @Override
    public List<TimeSpent> totalsOf(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : mapper.totalsOf(ticketIds);
    }
}
