package io.polydesk.domain.savedsearch;

import java.util.List;
import java.util.Optional;

/** Where saved searches are kept. */
public interface SavedSearchRepository {

    long insert(SavedSearch search);

    void update(SavedSearch search);

    void delete(long id);

    Optional<SavedSearch> findById(long id);

    /**
     * The user's own searches of a kind and everyone's shared ones, by name then id, after the keyset position
     * (afterName, afterId) when afterId is given, at most {@code limit}.
     */
    List<SavedSearch> listVisible(long userId, SavedSearchKind kind, String afterName, Long afterId, int limit);

    long countVisible(long userId, SavedSearchKind kind);
}
