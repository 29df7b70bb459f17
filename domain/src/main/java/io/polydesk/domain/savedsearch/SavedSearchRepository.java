package io.polydesk.domain.savedsearch;

import java.util.List;
import java.util.Optional;

/** Where saved searches are kept. */
public interface SavedSearchRepository {

    long insert(SavedSearch search);

    void update(SavedSearch search);

    void delete(long id);

    Optional<SavedSearch> findById(long id);

    /** The caller's own searches of a kind and everyone's shared ones, by name, at most {@code limit}. */
    List<SavedSearch> listVisible(long userId, SavedSearchKind kind, int limit);
}
