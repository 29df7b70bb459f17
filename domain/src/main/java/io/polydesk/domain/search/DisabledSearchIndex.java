package io.polydesk.domain.search;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/** No index: every search goes to the database. */
enum DisabledSearchIndex implements SearchIndex {
    INSTANCE;

    @Override
    public boolean enabled() {
        return false;
    }

    @Override
    public OptionalLong open() {
        return OptionalLong.empty();
    }

    @Override
    public void write(List<SearchDocument> documents, Collection<Long> removed) {
        throw new IllegalStateException("the search index is disabled");
    }

    @Override
    public void clear() {
        throw new IllegalStateException("the search index is disabled");
    }

    @Override
    public void commit(long lastEventId) {
        throw new IllegalStateException("the search index is disabled");
    }

    @Override
    public IndexHits query(IndexQuery query) {
        throw new IllegalStateException("the search index is disabled");
    }

    @Override
    public long documentCount() {
        return 0;
    }
}
