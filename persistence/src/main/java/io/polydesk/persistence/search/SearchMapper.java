package io.polydesk.persistence.search;

import io.polydesk.domain.search.ScoredTicket;
import io.polydesk.domain.search.TextSearch;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SearchMapper {

    List<ScoredTicket> search(@Param("s") TextSearch search, @Param("patterns") List<String> patterns);

    long count(@Param("s") TextSearch search, @Param("patterns") List<String> patterns);
}
