package io.polydesk.persistence.search;

import io.polydesk.domain.search.ScoredTicket;
import io.polydesk.domain.search.SearchRepository;
import io.polydesk.domain.search.TextSearch;
import io.polydesk.persistence.support.LikePatterns;
import java.util.List;
import org.springframework.stereotype.Repository;

/** Text search: MATCH ... AGAINST on the MySQL family, LIKE per word on H2 (the patterns are only used there). */
@Repository
public class MyBatisSearchRepository implements SearchRepository {

    private final SearchMapper mapper;

    public MyBatisSearchRepository(SearchMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<ScoredTicket> search(TextSearch search) {
        return mapper.search(search, patterns(search));
    }

    @Override
    public long count(TextSearch search) {
        return mapper.count(search, patterns(search));
    }

    private static List<String> patterns(TextSearch search) {
        return search.terms().stream().map(LikePatterns::contains).toList();
    }
}
