package io.polydesk.persistence.relation;

import io.polydesk.domain.relation.TicketLink;
import io.polydesk.domain.relation.TicketParent;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code ticket_links} and {@code ticket_parents}; statements live in {@code RelationMapper.xml}. */
@Mapper
public interface RelationMapper {

    void insertLink(
            @Param("link") TicketLink link,
            @Param("low") long low,
            @Param("high") long high,
            @Param("key") GeneratedId key);

    TicketLink findLink(@Param("low") long low, @Param("high") long high);

    int deleteLink(@Param("id") long id);

    List<TicketLink> linksOf(@Param("ticketIds") Collection<Long> ticketIds);

    Long parentOf(@Param("ticketId") long ticketId);

    int updateParent(@Param("ticketId") long ticketId, @Param("parentId") long parentId, @Param("at") Instant at);

    void insertParent(@Param("ticketId") long ticketId, @Param("parentId") long parentId, @Param("at") Instant at);

    int removeParent(@Param("ticketId") long ticketId);

    List<TicketParent> parentsOf(@Param("ticketIds") Collection<Long> ticketIds);

    List<TicketParent> childrenOf(@Param("parentIds") Collection<Long> parentIds);
}
