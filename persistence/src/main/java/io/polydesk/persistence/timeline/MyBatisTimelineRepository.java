package io.polydesk.persistence.timeline;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.timeline.TimelineEntry;
import io.polydesk.domain.timeline.TimelinePosition;
import io.polydesk.domain.timeline.TimelineRepository;
import io.polydesk.persistence.support.IdCount;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** Ticket timelines as one UNION ALL over the source tables, ordered and paged by the database. */
@Repository
public class MyBatisTimelineRepository implements TimelineRepository {

    private final TimelineMapper mapper;

    public MyBatisTimelineRepository(TimelineMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<TimelineEntry> window(long ticketId, boolean staffView, TimelinePosition after, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        TimelineQuery query = after == null
                ? TimelineQuery.fromStart(List.of(ticketId), staffView, limit)
                : new TimelineQuery(List.of(ticketId), staffView, after.at(), after.rank(), after.id(), limit);
        return mapper.entries(query).stream().map(TimelineEntryRow::toEntry).toList();
    }

    @Override
    public List<TimelineEntry> firstOfTickets(Collection<Long> ticketIds, boolean staffView, int perTicket) {
        if (ticketIds.isEmpty() || perTicket <= 0) {
            return List.of();
        }
        return mapper.entries(TimelineQuery.fromStart(ticketIds, staffView, perTicket)).stream()
                .map(TimelineEntryRow::toEntry)
                .toList();
    }

    @Override
    public Map<Long, Long> countByTickets(Collection<Long> ticketIds, boolean staffView) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        return IdCount.toMap(ticketIds, mapper.countByTickets(TimelineQuery.fromStart(ticketIds, staffView, 0)));
    }

    @Override
    public List<Comment> commentsByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.commentsByIds(ids);
    }

    @Override
    public List<TicketChange> changesByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.changesByIds(ids);
    }

    @Override
    public List<TimeEntry> timeEntriesByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.timeEntriesByIds(ids);
    }
}
