package io.polydesk.persistence.ticket;

import io.polydesk.domain.ticket.TicketClockRepository;
import io.polydesk.domain.ticket.TicketClocks;
import io.polydesk.persistence.ticket.TicketClockMapper.CompanyRow;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** The SLA and snooze columns of {@code tickets}. */
@Repository
public class MyBatisTicketClockRepository implements TicketClockRepository {

    private final TicketClockMapper mapper;

    public MyBatisTicketClockRepository(TicketClockMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void write(long ticketId, TicketClocks clocks) {
        mapper.write(ticketId, clocks);
    }

    @Override
    public boolean claimBreach(long ticketId, boolean firstResponse, Instant nextAlertAt) {
        int claimed = firstResponse
                ? mapper.claimFirstResponseBreach(ticketId, nextAlertAt)
                : mapper.claimResolutionBreach(ticketId, nextAlertAt);
        return claimed == 1;
    }

    @Override
    public List<Long> alertsDue(Instant at, int limit) {
        return mapper.alertsDue(at, limit);
    }

    @Override
    public List<Long> lockSnoozesEnded(Instant at, int limit) {
        return mapper.lockSnoozesEnded(at, limit);
    }

    @Override
    public List<Long> unfinishedIds(long afterId, int limit) {
        return mapper.unfinishedIds(afterId, limit);
    }

    @Override
    public Map<Long, Long> companies(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> companies = new HashMap<>();
        for (CompanyRow row : mapper.companies(ticketIds).values()) {
            companies.put(row.ticketId(), row.companyId());
        }
        return companies;
    }
}
