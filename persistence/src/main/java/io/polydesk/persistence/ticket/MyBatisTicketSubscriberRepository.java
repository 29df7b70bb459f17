package io.polydesk.persistence.ticket;

import io.polydesk.domain.ticket.TicketSubscriberRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Repository;

/** Ticket followers, one row per ticket and user. */
@Repository
public class MyBatisTicketSubscriberRepository implements TicketSubscriberRepository {

    private final TicketSubscriberMapper mapper;

    public MyBatisTicketSubscriberRepository(TicketSubscriberMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean add(long ticketId, long userId, Instant at) {
        return mapper.insertIfAbsent(ticketId, userId, at) > 0;
    }

    @Override
    public boolean remove(long ticketId, long userId) {
        return mapper.delete(ticketId, userId) > 0;
    }

    @Override
    public List<Long> userIds(long ticketId) {
        return mapper.userIds(ticketId);
    }

    @Override
    public void moveSubscriptions(long sourceUserId, long targetUserId) {
        mapper.deleteSubscriptionsBoth(sourceUserId, targetUserId);
        mapper.moveSubscriptions(sourceUserId, targetUserId);
    }
}
