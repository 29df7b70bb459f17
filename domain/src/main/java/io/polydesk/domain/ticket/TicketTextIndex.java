package io.polydesk.domain.ticket;

import java.util.List;
import java.util.Optional;

/**
 * Answers a listing's text filter from a full-text index instead of the database: the ids of the tickets whose
 * words start with every word of {@code text}. Empty when the index cannot answer (not ready, or too many
 * candidates to hand to the database); the database's own text predicate is the fallback then.
 */
public interface TicketTextIndex {

    Optional<List<Long>> candidates(String text, Long requesterId, boolean includeInternal);

    /** No index: the database filters text itself. */
    static TicketTextIndex none() {
        return (text, requesterId, includeInternal) -> Optional.empty();
    }
}
