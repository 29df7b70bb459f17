package io.polydesk.domain.search;

import java.util.List;

/** Where live (not archived) tickets are searched by text, ranked by relevance. */
public interface SearchRepository {

    /** The page of matching tickets, best first; ties broken by newest id. */
    List<ScoredTicket> search(TextSearch search);

    long count(TextSearch search);
}
