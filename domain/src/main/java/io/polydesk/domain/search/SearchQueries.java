package io.polydesk.domain.search;

import io.polydesk.domain.shared.Actor;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over tickets (number, title, description, comments) with the listing's visibility rules:
 * a customer finds only the tickets they requested and never matches on internal comments.
 */
@Service
@Transactional(readOnly = true)
public class SearchQueries {

    public static final int DEFAULT_PAGE = 20;
    public static final int MAX_PAGE = 100;
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_TERMS = 16;
    public static final long MAX_OFFSET = 10_000;

    private final SearchRepository search;
    private final TicketRepository tickets;

    public SearchQueries(SearchRepository search, TicketRepository tickets) {
        this.search = search;
        this.tickets = tickets;
    }

    public SearchHits searchTickets(Actor actor, String query, Integer first, Long offset) {
        Actor.require(actor);
        String stripped = query == null ? "" : query.strip();
        int limit = first == null ? DEFAULT_PAGE : first;
        long skip = offset == null ? 0 : offset;
        List<String> terms = terms(stripped);
        new Validation()
                .check(!stripped.isEmpty(), "query", "must not be blank")
                .check(stripped.length() <= MAX_QUERY_LENGTH, "query",
                        "must be at most " + MAX_QUERY_LENGTH + " characters")
                .check(stripped.isEmpty() || !terms.isEmpty(), "query", "must contain a letter or a digit")
                .check(terms.size() <= MAX_TERMS, "query", "must have at most " + MAX_TERMS + " words")
                .check(limit >= 0 && limit <= MAX_PAGE, "first", "must be between 0 and " + MAX_PAGE)
                .check(skip >= 0 && skip <= MAX_OFFSET, "offset", "must be between 0 and " + MAX_OFFSET)
                .throwIfInvalid();
        TextSearch text = new TextSearch(String.join(" ", terms), terms, stripped,
                actor.isStaff() ? null : actor.userId(), actor.isStaff(), skip, limit);
        long total = search.count(text);
        if (limit == 0 || skip >= total) {
            return new SearchHits(List.of(), total, skip, limit);
        }
        List<ScoredTicket> ranked = search.search(text);
        Map<Long, Ticket> byId = tickets.findByIds(ranked.stream().map(ScoredTicket::ticketId).toList()).stream()
                .collect(Collectors.toMap(Ticket::id, Function.identity()));
        List<TicketHit> hits = new ArrayList<>();
        for (ScoredTicket scored : ranked) {
            Ticket ticket = byId.get(scored.ticketId());
            if (ticket != null) {
                hits.add(new TicketHit(ticket, scored.score()));
            }
        }
        return new SearchHits(hits, total, skip, limit);
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
