package io.polydesk.persistence.ticket;

import io.polydesk.persistence.support.IdCount;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code ticket_subscribers}; statements live in {@code TicketSubscriberMapper.xml}. */
@Mapper
public interface TicketSubscriberMapper {

    int insertIfAbsent(@Param("ticketId") long ticketId, @Param("userId") long userId, @Param("at") Instant at);

    int delete(@Param("ticketId") long ticketId, @Param("userId") long userId);

    List<Long> userIds(@Param("ticketId") long ticketId);

    List<TicketFollower> firstFollowers(@Param("ticketIds") Collection<Long> ticketIds, @Param("limit") int limit);

    List<Long> followedAmong(@Param("userId") long userId, @Param("ticketIds") Collection<Long> ticketIds);

    List<IdCount> countByTickets(@Param("ticketIds") Collection<Long> ticketIds);

    int deleteSubscriptionsBoth(@Param("source") long sourceUserId, @Param("target") long targetUserId);

    int moveSubscriptions(@Param("source") long sourceUserId, @Param("target") long targetUserId);
}
