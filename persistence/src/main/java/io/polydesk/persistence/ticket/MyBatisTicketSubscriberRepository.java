package io.polydesk.persistence.ticket;

import io.polydesk.domain.ticket.TicketSubscriberRepository;
import io.polydesk.persistence.support.IdCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    public Map<Long, List<Long>> firstUserIds(Collection<Long> ticketIds, int limit) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        if (ticketIds.isEmpty() || limit <= 0) {
            return result;
        }
        for (TicketFollower row : mapper.firstFollowers(ticketIds, limit)) {
            result.computeIfAbsent(row.ticketId(), k -> new ArrayList<>()).add(row.userId());
        }
        return result;
    }

    @Override
    public List<Long> followedAmong(long userId, Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : mapper.followedAmong(userId, ticketIds);
    }

    @Override
    public Map<Long, Long> counts(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? Map.of() : IdCount.toMap(ticketIds, mapper.countByTickets(ticketIds));
    }

    @Override
    public void moveSubscriptions(long sourceUserId, long targetUserId) {
        mapper.deleteSubscriptionsBoth(sourceUserId, targetUserId);
        mapper.moveSubscriptions(sourceUserId, targetUserId);
    }
}
