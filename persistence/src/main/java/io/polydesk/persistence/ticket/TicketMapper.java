package io.polydesk.persistence.ticket;

import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for tickets, their tags and history; statements live in {@code TicketMapper.xml}. */
@Mapper
public interface TicketMapper {

    void insert(@Param("ticket") Ticket ticket, @Param("key") GeneratedId key);

    int assignNumber(@Param("id") long id, @Param("number") String number);

    int update(@Param("ticket") Ticket ticket, @Param("expectedLockVersion") int expectedLockVersion);

    int touch(@Param("id") long id, @Param("at") Instant at, @Param("firstResponseAt") Instant firstResponseAt);

    Ticket findById(@Param("id") long id);

    List<Ticket> findByIds(@Param("ids") Collection<Long> ids);

    List<Ticket> search(@Param("q") TicketQuery query);

    long count(@Param("q") TicketQuery query);

    List<TicketTagRow> tagsOf(@Param("ticketIds") Collection<Long> ticketIds);

    void deleteTags(@Param("ticketId") long ticketId);

    void insertTags(@Param("ticketId") long ticketId, @Param("tagIds") Collection<Long> tagIds);

    void insertHistory(@Param("changes") List<TicketChange> changes);

    List<TicketChange> historyOf(@Param("ticketIds") Collection<Long> ticketIds);

    List<String> numbersRequestedBy(
            @Param("requesterId") long requesterId, @Param("numbers") Collection<String> numbers);
}
