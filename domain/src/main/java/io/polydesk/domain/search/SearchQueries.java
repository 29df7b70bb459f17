package io.polydesk.domain.search;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Full-text search over tickets (number, title, description, comments) with the listing's visibility rules:
 * a customer finds only the tickets they requested and never matches on internal comments.
 */
@Service
public class SearchQueries {

    public static final int DEFAULT_PAGE = 20;
    public static final int MAX_PAGE = 100;
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_TERMS = 16;
    /** How deep a search can be paged: relevance pages are cut by offset, and deep offsets are slow. */
    public static final long MAX_HITS = 10_000;

    private final SearchRepository search;
    private final TicketRepository tickets;

    public SearchQueries(SearchRepository search, TicketRepository tickets) {
        this.search = search;
        this.tickets = tickets;
    }

    /**
     * One page of hits, best first, after the cursor {@code after}. Pages are positions in the ranking, so a
     * ticket changed between two pages can move; only the first {@value #MAX_HITS} hits can be paged through.
     */
    public CursorPage<TicketHit> searchTickets(Actor actor, String query, Integer first, String after) {
        Actor.require(actor);
        String stripped = query == null ? "" : query.strip();
        int limit = first == null ? DEFAULT_PAGE : first;
        List<String> terms = terms(stripped);
        Validation validation = new Validation()
                .check(!stripped.isEmpty(), "query", "must not be blank")
                .check(
                        stripped.length() <= MAX_QUERY_LENGTH,
                        "query",
                        "must be at most " + MAX_QUERY_LENGTH + " characters")
                .check(stripped.isEmpty() || !terms.isEmpty(), "query", "must contain a letter or a digit")
                .check(terms.size() <= MAX_TERMS, "query", "must have at most " + MAX_TERMS + " words")
                .check(limit >= 0 && limit <= MAX_PAGE, "first", "must be between 0 and " + MAX_PAGE);
        long start = SearchCursor.start(after, stripped, MAX_HITS, validation);
        validation.throwIfInvalid();
        int size = (int) Math.min(limit, MAX_HITS - start);
        TextSearch text = new TextSearch(
                String.join(" ", terms),
                terms,
                stripped,
                actor.isStaff() ? null : actor.userId(),
                actor.isStaff(),
                start,
                size);
        long total = search.count(text);
        List<ScoredTicket> ranked = size == 0 || start >= total ? List.of() : search.search(text);
        Map<Long, Ticket> byId = ranked.isEmpty()
                ? Map.of()
                : tickets.findByIds(ranked.stream().map(ScoredTicket::ticketId).toList()).stream()
                        .collect(Collectors.toMap(Ticket::id, Function.identity()));
        List<CursorPage.Edge<TicketHit>> edges = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ticket ticket = byId.get(ranked.get(i).ticketId());
            if (ticket != null) {
                edges.add(new CursorPage.Edge<>(
                        SearchCursor.of(stripped, start + i + 1).encode(),
                        new TicketHit(ticket, ranked.get(i).score())));
            }
        }
        long end = start + ranked.size();
        return new CursorPage<>(edges, end < Math.min(total, MAX_HITS), start > 0, total);
    }

    /** The distinct lower-cased words: full-text operators and punctuation never reach the database. */
    static List<String> terms(String query) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }
}
