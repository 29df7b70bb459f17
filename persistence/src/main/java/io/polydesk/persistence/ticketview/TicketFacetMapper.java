package io.polydesk.persistence.ticketview;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The facets of tickets, named as {@code TicketFacet}, in one statement; it lives in {@code TicketFacetMapper.xml}. */
@Mapper
public interface TicketFacetMapper {

    List<FacetRow> load(
            @Param("ticketIds") Collection<Long> ticketIds,
            @Param("facets") Set<String> facets,
            @Param("includeInternal") boolean includeInternal,
            @Param("entriesPerTicket") int entriesPerTicket);
}
