package io.polydesk.domain.search;

import java.util.List;

/**
 * A text search as the database runs it. {@code terms} are the lower-cased words of the query (for engines
 * without a full-text index), {@code text} the same words joined by spaces (for {@code MATCH ... AGAINST}),
 * {@code number} the raw query for an exact ticket-number match. {@code requesterId} limits a customer to their
 * own tickets; {@code includeInternal} says whether internal comments may match.
 */
public record TextSearch(
        String text,
        List<String> terms,
        String number,
        Long requesterId,
        boolean includeInternal,
        long offset,
        int limit) {

    public TextSearch {
        terms = List.copyOf(terms);
    }
}
