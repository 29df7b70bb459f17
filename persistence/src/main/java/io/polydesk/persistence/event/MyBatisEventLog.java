package io.polydesk.persistence.event;

import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventLog;
import io.polydesk.persistence.support.GeneratedId;
import java.util.List;
import org.springframework.stereotype.Repository;

/** The event log in {@code domain_events}. */
@Repository
public class MyBatisEventLog implements EventLog {

    private final EventMapper mapper;

    public MyBatisEventLog(EventMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long append(DomainEvent event) {
        GeneratedId key = new GeneratedId();
        mapper.insert(event, key);
        return key.value();
    }

    @Override
    public List<DomainEvent> readAfter(long afterId, int limit) {
        return mapper.readAfter(afterId, limit);
    }

    @Override
    public List<DomainEvent> readIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.readIds(ids);
    }

    @Override
    public List<DomainEvent> readByTicket(long ticketId, long afterId, int limit) {
        return mapper.readByTicket(ticketId, afterId, limit);
    }

    @Override
    public long lastId() {
        Long id = mapper.lastId();
        return id == null ? 0 : id;
    }
}
