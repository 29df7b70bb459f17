package io.polydesk.api.graphql.asset;

import io.polydesk.api.graphql.asset.AssetCatalogInputs.CatalogIdInput;
import io.polydesk.api.graphql.asset.AssetCatalogInputs.CreateAssetStatusInput;
import io.polydesk.api.graphql.asset.AssetCatalogInputs.UpdateAssetStatusInput;
import io.polydesk.api.graphql.asset.AssetCatalogInputs.VendorInput;
import io.polydesk.api.graphql.asset.AssetPayloads.AssetStatusPayload;
import io.polydesk.api.graphql.asset.AssetPayloads.ManufacturerPayload;
import io.polydesk.api.graphql.asset.AssetPayloads.SupplierPayload;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.asset.AssetStatusService;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.AssetVendorQueries;
import io.polydesk.domain.asset.AssetVendorService;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.shared.Actor;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The managed asset lookup data: statuses, manufacturers and suppliers. The domain decides who may do what. */
@Controller
class AssetCatalogGraphQlController {

    private final AssetStatusService statuses;
    private final AssetVendorService vendors;
    private final AssetVendorQueries vendorQueries;

    AssetCatalogGraphQlController(
            AssetStatusService statuses, AssetVendorService vendors, AssetVendorQueries vendorQueries) {
        this.statuses = statuses;
        this.vendors = vendors;
        this.vendorQueries = vendorQueries;
    }

    @QueryMapping
    List<AssetVendor> manufacturers(@Argument Boolean includeArchived, @AuthenticationPrincipal Actor actor) {
        return vendorQueries.list(actor, VendorKind.MANUFACTURER, Boolean.TRUE.equals(includeArchived));
    }

    @QueryMapping
    List<AssetVendor> suppliers(@Argument Boolean includeArchived, @AuthenticationPrincipal Actor actor) {
        return vendorQueries.list(actor, VendorKind.SUPPLIER, Boolean.TRUE.equals(includeArchived));
    }

    @MutationMapping
    AssetStatusPayload createAssetStatus(@Argument CreateAssetStatusInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetStatusPayload(statuses.create(actor, input.toCommand()));
    }

    @MutationMapping
    AssetStatusPayload updateAssetStatus(@Argument UpdateAssetStatusInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetStatusPayload(statuses.update(actor, input.toCommand()));
    }

    @MutationMapping
    AssetStatusPayload archiveAssetStatus(@Argument CatalogIdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new AssetStatusPayload(statuses.archive(actor, input.requireId()));
    }

    @MutationMapping
    DeletedPayload deleteAssetStatus(@Argument CatalogIdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        long id = input.requireId();
        statuses.delete(actor, id);
        return DeletedPayload.of(id);
    }

    @MutationMapping
    ManufacturerPayload createManufacturer(@Argument VendorInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new ManufacturerPayload(vendors.create(actor, VendorKind.MANUFACTURER, input.name()));
    }

    @MutationMapping
    ManufacturerPayload updateManufacturer(@Argument VendorInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new ManufacturerPayload(
                vendors.rename(actor, VendorKind.MANUFACTURER, Ids.require(input.id(), "input.id"), input.name()));
    }

    @MutationMapping
    ManufacturerPayload archiveManufacturer(@Argument CatalogIdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new ManufacturerPayload(vendors.archive(actor, VendorKind.MANUFACTURER, input.requireId()));
    }

    @MutationMapping
    SupplierPayload createSupplier(@Argument VendorInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new SupplierPayload(vendors.create(actor, VendorKind.SUPPLIER, input.name()));
    }

    @MutationMapping
    SupplierPayload updateSupplier(@Argument VendorInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new SupplierPayload(
                vendors.rename(actor, VendorKind.SUPPLIER, Ids.require(input.id(), "input.id"), input.name()));
    }

    @MutationMapping
    SupplierPayload archiveSupplier(@Argument CatalogIdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new SupplierPayload(vendors.archive(actor, VendorKind.SUPPLIER, input.requireId()));
    }
}
