package io.polydesk.domain.search;

import io.polydesk.domain.ticket.TicketTextIndex;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The listings' text filter answered by the search index while it is ready. */
@Service
public class IndexedTicketText implements TicketTextIndex {

    /** More candidates than this are not worth an {@code IN} list: the database filters the text itself. */
    public static final int MAX_CANDIDATES = 10_000;

    private final SearchIndex index;
    private final SearchIndexer indexer;

    public IndexedTicketText(SearchIndex index, SearchIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    @Override
    public Optional<List<Long>> candidates(String text, Long requesterId, boolean includeInternal) {
        List<String> terms = SearchQueries.terms(text);
        if (!indexer.ready()) {
            return Optional.empty();
        }
        indexer.awaitCurrent();
        IndexHits hits = index.query(new IndexQuery(
                terms,
                text.strip().toLowerCase(java.util.Locale.ROOT),
                true,
                requesterId,
                includeInternal,
                false,
                0,
                MAX_CANDIDATES + 1));
        if (hits.total() > MAX_CANDIDATES) {
            return Optional.empty();
        }
        return Optional.of(hits.hits().stream().map(ScoredTicket::ticketId).toList());
    }
}
