package io.polydesk.domain.search;

import java.util.Collection;
import java.util.List;

/** Where the index reads what it holds from: the database, the source of truth. */
public interface SearchDocumentSource {

    /** The documents of those of {@code ticketIds} that are live (not archived); the others are gone. */
    List<SearchDocument> findByTicketIds(Collection<Long> ticketIds);

    /** Live tickets with an id above {@code afterId}, lowest first, at most {@code limit}: a keyset batch. */
    List<SearchDocument> findAfter(long afterId, int limit);
}
