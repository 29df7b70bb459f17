package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketPolicy;
import io.polydesk.domain.ticket.TicketRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The tickets of many assets and the assets of many tickets, each in a fixed number of queries. Only the other
 * ends the caller may see are shown: a customer never learns of another requester's ticket, nor of an asset
 * that is not theirs, through a link; archived tickets and assets drop out of every link.
 */
@Service
public class AssetTicketQueries {

    private final AssetTicketRepository links;
    private final TicketRepository tickets;
    private final AssetQueries assets;

    public AssetTicketQueries(AssetTicketRepository links, TicketRepository tickets, AssetQueries assets) {
        this.links = links;
        this.tickets = tickets;
        this.assets = assets;
    }

    /** Per asset already shown to the caller, the linked tickets they may see, oldest link first. */
    public Map<Long, List<Ticket>> ticketsOf(Actor actor, Collection<Long> visibleAssetIds) {
        Actor.require(actor);
        if (visibleAssetIds.isEmpty()) {
            return Map.of();
        }
        List<AssetTicket> rows = links.ofAssets(visibleAssetIds);
        Map<Long, Ticket> visible = rows.isEmpty()
                ? Map.of()
                : tickets
                        .findByIds(rows.stream()
                                .map(AssetTicket::ticketId)
                                .distinct()
                                .toList())
                        .stream()
                        .filter(t -> TicketPolicy.canView(actor, t))
                        .collect(Collectors.toMap(Ticket::id, Function.identity()));
        return group(rows, AssetTicket::assetId, AssetTicket::ticketId, visible);
    }

    /** Per ticket already shown to the caller, the live linked assets they may see, oldest link first. */
    public Map<Long, List<Asset>> assetsOf(Actor actor, Collection<Long> visibleTicketIds) {
        Actor.require(actor);
        if (visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        return assetsOfLinks(actor, links.ofTickets(visibleTicketIds));
    }

    /** The live assets the caller may see among links of tickets already shown to them, per ticket. */
    public Map<Long, List<Asset>> assetsOfLinks(Actor actor, List<AssetTicket> rows) {
        Actor.require(actor);
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, Asset> visible = new HashMap<>(assets.visibleByIds(
                actor, rows.stream().map(AssetTicket::assetId).distinct().toList()));
        visible.values().removeIf(Asset::archived);
        return group(rows, AssetTicket::ticketId, AssetTicket::assetId, visible);
    }

    private static <T> Map<Long, List<T>> group(
            List<AssetTicket> rows,
            Function<AssetTicket, Long> key,
            Function<AssetTicket, Long> other,
            Map<Long, T> visible) {
        Map<Long, List<T>> result = new HashMap<>();
        for (AssetTicket row : rows) {
            T found = visible.get(other.apply(row));
            if (found != null) {
                result.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(found);
            }
        }
        return result;
    }
}
