package io.polydesk.api.graphql.asset;

import graphql.GraphQLContext;
import io.polydesk.api.graphql.asset.AssetCatalogInputs.AssetTicketInput;
import io.polydesk.api.graphql.asset.AssetPayloads.AssetTicketPayload;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetTicketQueries;
import io.polydesk.domain.asset.AssetTicketService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/**
 * Links between assets and tickets: the two mutations, and {@code Asset.tickets} and {@code Ticket.assets}, each
 * loaded for every parent of a response at once. Parents reached here were already shown to the caller; the
 * other ends are filtered by the domain.
 */
@Controller
class AssetTicketGraphQlController {

    private final AssetTicketService service;
    private final AssetTicketQueries queries;

    AssetTicketGraphQlController(AssetTicketService service, AssetTicketQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @MutationMapping
    AssetTicketPayload linkAssetToTicket(@Argument AssetTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return AssetTicketPayload.of(service.link(
                actor, Ids.require(input.assetId(), "input.assetId"), Ids.require(input.ticketId(), "input.ticketId")));
    }

    @MutationMapping
    AssetTicketPayload unlinkAssetFromTicket(@Argument AssetTicketInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return AssetTicketPayload.of(service.unlink(
                actor, Ids.require(input.assetId(), "input.assetId"), Ids.require(input.ticketId(), "input.ticketId")));
    }

    @BatchMapping(typeName = "Asset", field = "tickets")
    Map<Asset, List<Ticket>> tickets(List<Asset> assets, GraphQLContext context) {
        Map<Long, List<Ticket>> loaded = queries.ticketsOf(CurrentActor.from(context), Batches.ids(assets, Asset::id));
        Map<Asset, List<Ticket>> result = new HashMap<>();
        assets.forEach(a -> result.put(a, loaded.getOrDefault(a.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "Ticket", field = "assets")
    Map<Ticket, List<Asset>> assets(List<Ticket> tickets, GraphQLContext context) {
        Map<Long, List<Asset>> loaded = queries.assetsOf(CurrentActor.from(context), Batches.ids(tickets, Ticket::id));
        Map<Ticket, List<Asset>> result = new HashMap<>();
        tickets.forEach(t -> result.put(t, loaded.getOrDefault(t.id(), List.of())));
        return result;
    }
}
