package io.polydesk.domain.search;

import java.util.List;

/** The page of hits an {@link IndexQuery} asked for, and how many tickets matched in all. */
public record IndexHits(List<ScoredTicket> hits, long total) {

    public IndexHits {
        hits = List.copyOf(hits);
    }
}
