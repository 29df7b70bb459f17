package io.polydesk.api.graphql.asset;

import io.polydesk.api.graphql.support.Changes;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.asset.AssetStatusCommands.CreateAssetStatus;
import io.polydesk.domain.asset.AssetStatusCommands.UpdateAssetStatus;
import io.polydesk.domain.asset.UpdateAssetType;
import io.polydesk.domain.asset.UpdateLocation;
import org.springframework.graphql.data.ArgumentValue;

/** Inputs of the asset catalog mutations (statuses, types, locations, vendors) and of asset-ticket links. */
final class AssetCatalogInputs {

    private AssetCatalogInputs() {}

    record CreateAssetStatusInput(String key, String name, Integer sortOrder) {

        CreateAssetStatus toCommand() {
            return new CreateAssetStatus(key, name, sortOrder);
        }
    }

    record UpdateAssetStatusInput(String id, ArgumentValue<String> name, ArgumentValue<Integer> sortOrder) {

        UpdateAssetStatus toCommand() {
            return new UpdateAssetStatus(Ids.require(id, "input.id"), Changes.of(name), Changes.of(sortOrder));
        }
    }

    record UpdateAssetTypeInput(
            String id, ArgumentValue<String> name, ArgumentValue<String> parentId, ArgumentValue<String> icon) {

        UpdateAssetType toCommand() {
            return new UpdateAssetType(
                    Ids.require(id, "input.id"),
                    Changes.of(name),
                    Changes.of(parentId, p -> Ids.parse(p, "input.parentId")),
                    Changes.of(icon));
        }
    }

    record UpdateLocationInput(String id, ArgumentValue<String> name, ArgumentValue<String> parentId) {

        UpdateLocation toCommand() {
            return new UpdateLocation(
                    Ids.require(id, "input.id"),
                    Changes.of(name),
                    Changes.of(parentId, p -> Ids.parse(p, "input.parentId")));
        }
    }

    /** The input of every mutation that names one catalog entry by id. */
    record CatalogIdInput(String id) {

        long requireId() {
            return Ids.require(id, "input.id");
        }
    }

    record VendorInput(String id, String name) {}

    record AssetTicketInput(String assetId, String ticketId) {}
}
