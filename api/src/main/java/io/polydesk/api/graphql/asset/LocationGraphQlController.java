package io.polydesk.api.graphql.asset;

import io.polydesk.api.graphql.asset.AssetCatalogInputs.CatalogIdInput;
import io.polydesk.api.graphql.asset.AssetCatalogInputs.UpdateLocationInput;
import io.polydesk.api.graphql.asset.AssetInputs.CreateLocationInput;
import io.polydesk.api.graphql.asset.AssetPayloads.LocationPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.asset.Location;
import io.polydesk.domain.asset.LocationService;
import io.polydesk.domain.shared.Actor;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The tree of locations: listed by everybody signed in, managed by administrators (the domain decides). */
@Controller
class LocationGraphQlController {

    private final AssetCatalogQueries queries;
    private final LocationService locations;

    LocationGraphQlController(AssetCatalogQueries queries, LocationService locations) {
        this.queries = queries;
        this.locations = locations;
    }

    @QueryMapping
    List<Location> locations(@Argument Boolean includeArchived, @AuthenticationPrincipal Actor actor) {
        return queries.locations(actor, Boolean.TRUE.equals(includeArchived));
    }

    @MutationMapping
    LocationPayload createLocation(@Argument CreateLocationInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new LocationPayload(
                locations.create(actor, input.name(), Ids.parse(input.parentId(), "input.parentId")));
    }

    @MutationMapping
    LocationPayload updateLocation(@Argument UpdateLocationInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new LocationPayload(locations.update(actor, input.toCommand()));
    }

    @MutationMapping
    LocationPayload archiveLocation(@Argument CatalogIdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new LocationPayload(locations.archive(actor, input.requireId()));
    }

    @MutationMapping
    LocationPayload unarchiveLocation(@Argument CatalogIdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new LocationPayload(locations.unarchive(actor, input.requireId()));
    }
}
