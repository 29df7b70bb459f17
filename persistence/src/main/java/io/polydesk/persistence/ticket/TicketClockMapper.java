package io.polydesk.persistence.ticket;

import io.polydesk.domain.ticket.TicketClocks;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.MapKey;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for the SLA and snooze columns of {@code tickets}; statements live in {@code TicketClockMapper.xml}. */
@Mapper
public interface TicketClockMapper {

    /** A ticket and its company. */
    record CompanyRow(long ticketId, long companyId) {}

    int write(@Param("id") long id, @Param("c") TicketClocks clocks);

    int claimFirstResponseBreach(@Param("id") long id, @Param("next") Instant nextAlertAt);

    int claimResolutionBreach(@Param("id") long id, @Param("next") Instant nextAlertAt);

    List<Long> alertsDue(@Param("at") Instant at, @Param("limit") int limit);

    List<Long> lockSnoozesEnded(@Param("at") Instant at, @Param("limit") int limit);

    List<Long> unfinishedIds(@Param("afterId") long afterId, @Param("limit") int limit);

    @MapKey("ticketId")
    Map<Long, CompanyRow> companies(@Param("ids") Collection<Long> ids);
}
