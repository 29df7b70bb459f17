package io.polydesk.persistence.ticket;

import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.persistence.support.IdCount;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for paging {@code ticket_history}; statements live in {@code TicketHistoryMapper.xml}. */
@Mapper
public interface TicketHistoryMapper {

    List<TicketChange> window(
            @Param("ticketId") long ticketId,
            @Param("afterAt") Instant afterAt,
            @Param("afterId") Long afterId,
            @Param("limit") int limit);

    List<TicketChange> firstOfTickets(
            @Param("ticketIds") Collection<Long> ticketIds, @Param("perTicket") int perTicket);

    List<IdCount> countByTickets(@Param("ticketIds") Collection<Long> ticketIds);
}
