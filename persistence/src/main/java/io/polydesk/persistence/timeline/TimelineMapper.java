package io.polydesk.persistence.timeline;

import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.persistence.support.IdCount;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for ticket timelines; statements live in {@code TimelineMapper.xml}. */
@Mapper
public interface TimelineMapper {

    /** Up to {@code perTicket} entries of each ticket after the position, by ticket then timeline order. */
    List<TimelineEntryRow> entries(@Param("q") TimelineQuery query);

    List<IdCount> countByTickets(@Param("q") TimelineQuery query);

    List<Comment> commentsByIds(@Param("ids") Collection<Long> ids);

    List<TicketChange> changesByIds(@Param("ids") Collection<Long> ids);

    List<TimeEntry> timeEntriesByIds(@Param("ids") Collection<Long> ids);
}
