package io.polydesk.persistence.search;

import io.polydesk.domain.search.SearchDocument;
import io.polydesk.domain.search.SearchDocumentSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** The tickets' searchable text, read in two statements per batch: the tickets, then all their comments. */
@Repository
public class MyBatisSearchDocumentSource implements SearchDocumentSource {

    private final SearchDocumentMapper mapper;

    public MyBatisSearchDocumentSource(SearchDocumentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<SearchDocument> findByTicketIds(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : withComments(mapper.ticketsByIds(ticketIds));
    }

    @Override
    public List<SearchDocument> findAfter(long afterId, int limit) {
        return withComments(mapper.ticketsAfter(afterId, limit));
    }

    private List<SearchDocument> withComments(List<SearchTicketRow> tickets) {
        if (tickets.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> publicText = new HashMap<>();
        Map<Long, List<String>> internalText = new HashMap<>();
        for (SearchCommentRow c :
                mapper.commentsOf(tickets.stream().map(SearchTicketRow::id).toList())) {
            (c.internal() ? internalText : publicText)
                    .computeIfAbsent(c.ticketId(), id -> new ArrayList<>())
                    .add(c.content());
        }
        return tickets.stream()
                .map(t -> new SearchDocument(
                        t.id(),
                        t.requesterId(),
                        t.number(),
                        t.title(),
                        t.description(),
                        publicText.getOrDefault(t.id(), List.of()),
                        internalText.getOrDefault(t.id(), List.of())))
                .toList();
    }
}
