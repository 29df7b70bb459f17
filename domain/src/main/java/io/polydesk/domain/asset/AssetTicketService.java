package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketAccess;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links assets to the tickets that concern them. Staff only; both must exist and be visible to the caller, and
 * the asset must be live. Linking twice and unlinking what is not linked change nothing, so that dialects which
 * resend a call are safe; a real change is written to the ticket's history.
 */
@Service
@Transactional
public class AssetTicketService {

    static final String HISTORY_FIELD = "asset";

    private final AssetTicketRepository links;
    private final AssetAccess assets;
    private final TicketAccess tickets;
    private final TicketRepository ticketHistory;
    private final Clock clock;

    public AssetTicketService(
            AssetTicketRepository links,
            AssetAccess assets,
            TicketAccess tickets,
            TicketRepository ticketHistory,
            Clock clock) {
        this.links = links;
        this.assets = assets;
        this.tickets = tickets;
        this.ticketHistory = ticketHistory;
        this.clock = clock;
    }

    public AssetTicketLink link(Actor actor, long assetId, long ticketId) {
        AssetTicketLink ends = ends(actor, assetId, ticketId);
        if (ends.asset().archived()) {
            throw DomainException.conflict("Asset " + assetId + " is archived and cannot be linked");
        }
        Instant now = now();
        if (links.link(assetId, ticketId, now)) {
            ticketHistory.addHistory(List.of(new TicketChange(
                    0, ticketId, actor.userId(), now, HISTORY_FIELD, null, historyValue(ends.asset()))));
        }
        return ends;
    }

    public AssetTicketLink unlink(Actor actor, long assetId, long ticketId) {
        AssetTicketLink ends = ends(actor, assetId, ticketId);
        if (links.unlink(assetId, ticketId)) {
            ticketHistory.addHistory(List.of(new TicketChange(
                    0, ticketId, actor.userId(), now(), HISTORY_FIELD, historyValue(ends.asset()), null)));
        }
        return ends;
    }

    private AssetTicketLink ends(Actor actor, long assetId, long ticketId) {
        Actor.requireStaff(actor);
        Asset asset = assets.visible(actor, assetId);
        Ticket ticket = tickets.visible(actor, ticketId);
        return new AssetTicketLink(asset, ticket);
    }

    private static String historyValue(Asset asset) {
        return asset.id() + ":" + asset.name();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
