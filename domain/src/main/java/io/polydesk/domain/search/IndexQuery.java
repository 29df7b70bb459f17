package io.polydesk.domain.search;

import java.util.List;

/**
 * A question to the {@link SearchIndex}. {@code allTerms} asks for tickets where every term starts a word (the
 * listing filter), otherwise any term matching a whole word counts (ranked search). {@code number} matches the
 * start of a ticket number. {@code requesterId} narrows a customer to their own tickets; {@code includeInternal}
 * lets internal comments match. {@code byRelevance} orders best first, otherwise newest id first.
 */
public record IndexQuery(
        List<String> terms,
        String number,
        boolean allTerms,
        Long requesterId,
        boolean includeInternal,
        boolean byRelevance,
        int offset,
        int limit) {

    public IndexQuery {
        terms = List.copyOf(terms);
    }
}
