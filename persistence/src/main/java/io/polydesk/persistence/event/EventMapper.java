package io.polydesk.persistence.event;

import io.polydesk.domain.event.DomainEvent;
import io.polydesk.persistence.support.GeneratedId;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code domain_events}; statements live in {@code EventMapper.xml}. */
@Mapper
public interface EventMapper {

    void insert(@Param("event") DomainEvent event, @Param("key") GeneratedId key);

    List<DomainEvent> readAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    List<DomainEvent> readIds(@Param("ids") List<Long> ids);

    List<DomainEvent> readByTicket(
            @Param("ticketId") long ticketId, @Param("afterId") long afterId, @Param("limit") int limit);

    Long lastId();
}
