package io.polydesk.api.graphql.asset;

import io.polydesk.api.graphql.asset.AssetCatalogInputs.CatalogIdInput;
import io.polydesk.api.graphql.asset.AssetCatalogInputs.UpdateAssetTypeInput;
import io.polydesk.api.graphql.asset.AssetInputs.CreateAssetTypeInput;
import io.polydesk.api.graphql.asset.AssetPayloads.AssetTypePayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.asset.AssetTypeService;
import io.polydesk.domain.shared.Actor;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The tree of asset types: listed by everybody signed in, managed by administrators (the domain decides). */
@Controller
class AssetTypeGraphQlController {

    private final AssetCatalogQueries queries;
    private final AssetTypeService types;

    AssetTypeGraphQlController(AssetCatalogQueries queries, AssetTypeService types) {
        this.queries = queries;
        this.types = types;
    }

    @QueryMapping
    List<AssetType> assetTypes(@Argument Boolean includeArchived, @AuthenticationPrincipal Actor actor) {
        return queries.types(actor, Boolean.TRUE.equals(includeArchived));
    }

    @MutationMapping
    AssetTypePayload createAssetType(@Argument CreateAssetTypeInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetTypePayload(
                types.create(actor, input.name(), Ids.parse(input.parentId(), "input.parentId"), input.icon()));
    }

    @MutationMapping
    AssetTypePayload updateAssetType(@Argument UpdateAssetTypeInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetTypePayload(types.update(actor, input.toCommand()));
    }

    @MutationMapping
    AssetTypePayload archiveAssetType(@Argument CatalogIdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetTypePayload(types.archive(actor, input.requireId()));
    }

    @MutationMapping
    AssetTypePayload unarchiveAssetType(@Argument CatalogIdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetTypePayload(types.unarchive(actor, input.requireId()));
    }
}
