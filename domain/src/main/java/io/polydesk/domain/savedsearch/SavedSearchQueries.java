package io.polydesk.domain.savedsearch;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Keyset;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketQueries;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and runs saved searches. Running applies the caller's visibility, not the owner's: a customer running
 * an agent's shared search sees only their own tickets.
 */
@Service
@Transactional(readOnly = true)
public class SavedSearchQueries {

    private final SavedSearchRepository searches;
    private final TicketQueries tickets;

    public SavedSearchQueries(SavedSearchRepository searches, TicketQueries tickets) {
        this.searches = searches;
        this.tickets = tickets;
    }

    /** The caller's own saved searches of a kind and everyone's shared ones, a keyset page by name. */
    public CursorPage<SavedSearch> list(Actor actor, SavedSearchKind kind, Integer first, String after) {
        Actor.require(actor);
        SavedSearchKind listed = kind == null ? SavedSearchKind.TICKET : kind;
        int limit = KeysetWindow.limit(first);
        String order = "saved-search:" + listed.name() + ":NAME";
        Keyset position = KeysetWindow.position(after, order);
        List<SavedSearch> rows = limit == 0 ? List.of() : searches.listVisible(actor.userId(), listed,
                position == null ? null : position.value(), position == null ? null : position.id(), limit + 1);
        return KeysetWindow.of(rows, limit, position != null, searches.countVisible(actor.userId(), listed),
                s -> new Keyset(order, s.name(), s.id()));
    }

    /** A saved search the caller may see; another user's private one answers "not found". */
    public SavedSearch get(Actor actor, long id) {
        Actor.require(actor);
        return searches.findById(id)
                .filter(s -> s.shared() || s.ownerId() == actor.userId())
                .orElseThrow(() -> DomainException.notFound("SavedSearch", id));
    }

    public CursorPage<Ticket> run(Actor actor, long id, Integer first, String after) {
        SavedSearch search = get(actor, id);
        return tickets.window(actor, search.filter(), TicketOrder.NEWEST_FIRST, first, after);
    }
}
