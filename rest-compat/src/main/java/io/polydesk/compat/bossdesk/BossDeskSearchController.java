package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.Lookups;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.asset.AssetOrder;
import io.polydesk.domain.asset.AssetQueries;
import io.polydesk.domain.savedsearch.SavedSearch;
import io.polydesk.domain.savedsearch.SavedSearchKind;
import io.polydesk.domain.savedsearch.SavedSearchQueries;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketQueries;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved searches: the caller's own and the shared ones (the first 100 of each kind), and running one as a paged
 * list of tickets or CIs. Polydesk saves only ticket and CI searches; any other kind would answer 501.
 */
@RestController
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskSearchController {

    private final SavedSearchQueries searches;
    private final TicketQueries tickets;
    private final AssetQueries assets;
    private final BossDeskTicketViews ticketViews;
    private final BossDeskCiViews ciViews;

    BossDeskSearchController(
            SavedSearchQueries searches,
            TicketQueries tickets,
            AssetQueries assets,
            BossDeskTicketViews ticketViews,
            BossDeskCiViews ciViews) {
        this.searches = searches;
        this.tickets = tickets;
        this.assets = assets;
        this.ticketViews = ticketViews;
        this.ciViews = ciViews;
    }

    @GetMapping("/searches")
    List<Lookups.Search> list(@AuthenticationPrincipal Actor actor) {
        List<Lookups.Search> all = new ArrayList<>();
        for (SavedSearchKind kind : SavedSearchKind.values()) {
            searches.list(actor, kind, KeysetWindow.MAX_SIZE, null)
                    .edges()
                    .forEach(e -> all.add(search(actor, e.node())));
        }
        return all;
    }

    @GetMapping("/searches/{id}")
    ResponseEntity<?> run(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params) {
        SavedSearch search = searches.get(actor, id);
        OffsetPage page = BossDeskPaging.of(params);
        return switch (search.kind()) {
            case TICKET ->
                ResponseEntity.ok(
                        ticketViews.items(tickets.page(actor, search.ticketFilter(), TicketOrder.NEWEST_FIRST, page)
                                .items()));
            case ASSET ->
                ResponseEntity.ok(ciViews.items(assets.page(actor, search.assetFilter(), AssetOrder.BY_NAME, page)
                        .items()));
            default -> BossDeskErrors.base(HttpStatus.NOT_IMPLEMENTED, "only CI and ticket searches are implemented");
        };
    }

    private static Lookups.Search search(Actor actor, SavedSearch s) {
        return new Lookups.Search(
                s.id(),
                s.name(),
                BossDeskFormats.time(s.createdAt()),
                BossDeskFormats.time(s.updatedAt()),
                s.kind() == SavedSearchKind.ASSET ? "ci" : "ticket",
                s.ownerId() == actor.userId());
    }
}
