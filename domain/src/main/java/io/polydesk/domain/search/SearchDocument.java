package io.polydesk.domain.search;

import java.util.List;

/**
 * The searchable text of one live ticket as the index holds it. Internal comments are kept apart so that a
 * customer's search never matches on them.
 */
public record SearchDocument(
        long ticketId,
        long requesterId,
        String number,
        String title,
        String description,
        List<String> publicComments,
        List<String> internalComments) {

    public SearchDocument {
        publicComments = List.copyOf(publicComments);
        internalComments = List.copyOf(internalComments);
    }
}
