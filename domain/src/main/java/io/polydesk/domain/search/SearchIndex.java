package io.polydesk.domain.search;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * A full-text index of the tickets' searchable text, kept beside the database. It holds candidates only: the
 * domain still applies visibility to what it answers.
 */
public interface SearchIndex {

    /** False when the installation searches the database only; then nothing else is called. */
    boolean enabled();

    /**
     * Opens the index as the last run left it: the id of the last event it had applied, or empty when it is
     * missing, unreadable or of another schema version (then it was emptied and must be rebuilt).
     */
    OptionalLong open();

    /** Replaces the documents of {@code documents}' tickets and removes {@code removed}; searchable at once. */
    void write(List<SearchDocument> documents, Collection<Long> removed);

    /** Removes every document (a rebuild starts with this). */
    void clear();

    /** Makes what was written durable, remembering {@code lastEventId} as the point to go on from. */
    void commit(long lastEventId);

    IndexHits query(IndexQuery query);

    long documentCount();

    /** The index for installations that search the database only. */
    static SearchIndex disabled() {
        return DisabledSearchIndex.INSTANCE;
    }
}
