package io.polydesk.domain.savedsearch;

import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetOrder;
import io.polydesk.domain.asset.AssetQueries;
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

/**
 * Reads and runs saved searches. Running applies the caller's visibility, not the owner's: a customer running
 * an agent's shared search sees only their own tickets, or only the assets they own or are assigned to.
 */
@Service
public class SavedSearchQueries {

    private final SavedSearchRepository searches;
    private final TicketQueries tickets;
    private final AssetQueries assets;

    public SavedSearchQueries(SavedSearchRepository searches, TicketQueries tickets, AssetQueries assets) {
        this.searches = searches;
        this.tickets = tickets;
        this.assets = assets;
    }

    /** The caller's own saved searches of a kind and everyone's shared ones, a keyset page by name. */
    public CursorPage<SavedSearch> list(Actor actor, SavedSearchKind kind, Integer first, String after) {
        Actor.require(actor);
        SavedSearchKind listed = kind == null ? SavedSearchKind.TICKET : kind;
        int limit = KeysetWindow.limit(first);
        String order = "saved-search:" + listed.name() + ":NAME";
        Keyset position = KeysetWindow.position(after, order);
        List<SavedSearch> rows = limit == 0
                ? List.of()
                : searches.listVisible(
                        actor.userId(),
                        listed,
                        position == null ? null : position.value(),
                        position == null ? null : position.id(),
                        limit + 1);
        return KeysetWindow.of(
                rows,
                limit,
                position != null,
                searches.countVisible(actor.userId(), listed),
                s -> new Keyset(order, s.name(), s.id()));
    }

    /** A saved search the caller may see; another user's private one answers "not found". */
    public SavedSearch get(Actor actor, long id) {
        Actor.require(actor);
        return searches.findById(id)
                .filter(s -> s.shared() || s.ownerId() == actor.userId())
                .orElseThrow(() -> DomainException.notFound("SavedSearch", id));
    }

    /** A keyset page of the tickets a TICKET search finds for the caller, newest first. */
    public CursorPage<Ticket> runTickets(Actor actor, long id, Integer first, String after) {
        SavedSearch search = ofKind(get(actor, id), SavedSearchKind.TICKET);
        return tickets.window(actor, search.ticketFilter(), TicketOrder.NEWEST_FIRST, first, after);
    }

    /** A keyset page of the assets an ASSET search finds for the caller, newest first. */
    public CursorPage<Asset> runAssets(Actor actor, long id, Integer first, String after) {
        SavedSearch search = ofKind(get(actor, id), SavedSearchKind.ASSET);
        return assets.window(actor, search.assetFilter(), AssetOrder.NEWEST_FIRST, first, after);
    }

    private static SavedSearch ofKind(SavedSearch search, SavedSearchKind kind) {
        if (search.kind() != kind) {
            throw DomainException.invalid("id", "is a saved " + search.kind() + " search, not a " + kind + " one");
        }
        return search;
    }
}
