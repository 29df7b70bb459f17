package io.polydesk.domain.search;

import java.util.List;

/** One page of search hits, best first, and how many tickets match in all. */
public record SearchHits(List<TicketHit> hits, long totalCount, long offset, int limit) {

    public SearchHits {
        hits = List.copyOf(hits);
    }

    public boolean hasNextPage() {
        return offset + hits.size() < totalCount;
    }
}
