package io.polydesk.persistence.time;

import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeSpent;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.IdCount;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code time_entries}; statements live in {@code TimeEntryMapper.xml}. */
@Mapper
public interface TimeEntryMapper {

    void insert(@Param("entry") TimeEntry entry, @Param("key") GeneratedId key);

    int update(@Param("entry") TimeEntry entry);

    int delete(@Param("id") long id);

    TimeEntry findById(@Param("id") long id);

    List<TimeEntry> window(
            @Param("ticketId") long ticketId,
            @Param("afterDate") LocalDate afterDate,
            @Param("afterId") Long afterId,
            @Param("limit") int limit);

    List<TimeEntry> firstOfTickets(@Param("ticketIds") Collection<Long> ticketIds, @Param("perTicket") int perTicket);

    List<IdCount> countByTickets(@Param("ticketIds") Collection<Long> ticketIds);

    List<TimeSpent> totalsOf(@Param("ticketIds") Collection<Long> ticketIds);
}
