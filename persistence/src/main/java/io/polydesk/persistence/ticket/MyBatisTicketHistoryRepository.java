package io.polydesk.persistence.ticket;

import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketHistoryRepository;
import io.polydesk.persistence.support.IdCount;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** Ticket history by keyset on (changed_at, id), served by ix_ticket_history_ticket. */
@Repository
public class MyBatisTicketHistoryRepository implements TicketHistoryRepository {

    private final TicketHistoryMapper mapper;

    public MyBatisTicketHistoryRepository(TicketHistoryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<TicketChange> window(long ticketId, Instant afterAt, Long afterId, int limit) {
        return limit <= 0 ? List.of() : mapper.window(ticketId, afterAt, afterId, limit);
    }

    @Override
    public List<TicketChange> firstOfTickets(Collection<Long> ticketIds, int perTicket) {
        return ticketIds.isEmpty() || perTicket <= 0 ? List.of() : mapper.firstOfTickets(ticketIds, perTicket);
    }

    @Override
    public Map<Long, Long> countByTickets(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? Map.of() : IdCount.toMap(ticketIds, mapper.countByTickets(ticketIds));
    }
}
