package io.polydesk.persistence.search;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SearchDocumentMapper {

    List<SearchTicketRow> ticketsByIds(@Param("ids") Collection<Long> ids);

    List<SearchTicketRow> ticketsAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    List<SearchCommentRow> commentsOf(@Param("ticketIds") Collection<Long> ticketIds);
}
