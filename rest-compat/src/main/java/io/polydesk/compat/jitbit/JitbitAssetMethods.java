package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.AssetCreated;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetAssignments;
import io.polydesk.domain.asset.AssetCatalogByName;
import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.asset.AssetOrder;
import io.polydesk.domain.asset.AssetQueries;
import io.polydesk.domain.asset.AssetRegistration;
import io.polydesk.domain.asset.AssetTicketService;
import io.polydesk.domain.asset.AssetUpdates;
import io.polydesk.domain.asset.CreateAsset;
import io.polydesk.domain.asset.UpdateAsset;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.OffsetPage;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The asset methods: {@code Assets} (50 a page), {@code Asset} (read; create answering {@code {"id": N}}),
 * {@code UpdateAsset} (answering the asset), {@code SetCustomFieldForAsset}, {@code AssignAssetToUser},
 * {@code UnAssignAssetToUser} and {@code AddAssetToTicket}. Manufacturer, supplier, type and location are names.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitAssetMethods implements JitbitMethods {

    static final int PAGE_SIZE = 50;

    private final AssetQueries queries;
    private final AssetRegistration registration;
    private final AssetUpdates updates;
    private final AssetAssignments assignments;
    private final AssetTicketService tickets;
    private final AssetCatalogByName byName;
    private final JitbitCustomFields customFields;
    private final JitbitAssetViews views;

    JitbitAssetMethods(
            AssetQueries queries,
            AssetRegistration registration,
            AssetUpdates updates,
            AssetAssignments assignments,
            AssetTicketService tickets,
            AssetCatalogByName byName,
            JitbitCustomFields customFields,
            JitbitAssetViews views) {
        this.queries = queries;
        this.registration = registration;
        this.updates = updates;
        this.assignments = assignments;
        this.tickets = tickets;
        this.byName = byName;
        this.customFields = customFields;
        this.views = views;
    }

    @Override
    public void register(JitbitRoutes routes) {
        routes.read("Assets", this::list);
        routes.readOrWrite(
                "Asset",
                call -> views.one(call.actor(), queries.get(call.actor(), call.requiredId("id"))),
                this::create);
        routes.write("UpdateAsset", this::update);
        routes.write("SetCustomFieldForAsset", this::setCustomField);
        routes.write("AssignAssetToUser", call -> {
            long asset = call.requiredId("assetId");
            assignments.assign(call.actor(), asset, call.requiredId("userId"));
            return null;
        });
        routes.write("UnAssignAssetToUser", call -> {
            long asset = call.requiredId("assetId");
            assignments.unassign(call.actor(), asset, call.requiredId("userId"));
            return null;
        });
        routes.write("AddAssetToTicket", call -> {
            long asset = call.requiredId("assetId");
            tickets.link(call.actor(), asset, call.requiredId("ticketId"));
            return null;
        });
    }

    private Object list(JitbitCall call) {
        Integer page = call.integer("page", 1, Integer.MAX_VALUE);
        Long assignedTo = call.params().id("assignedToUserId");
        for (String unsupported : new String[] {"assignedToCompanyId", "assignedToDepartmentId"}) {
            if (call.params().text(unsupported) != null) {
                call.params().reject(unsupported, "is not supported: Polydesk assigns assets to users");
            }
        }
        call.params().validate();
        AssetFilter filter = AssetFilter.builder().assignedUserId(assignedTo).build();
        return views.all(
                call.actor(),
                queries.page(
                                call.actor(),
                                filter,
                                new AssetOrder(AssetOrder.Field.ID, false),
                                new OffsetPage(page == null ? 1 : page, PAGE_SIZE))
                        .items());
    }

    private AssetCreated create(JitbitCall call) {
        String modelName = call.requiredText("modelName");
        Integer quantity = call.integer("quantity", 0, Integer.MAX_VALUE);
        call.params().validate();
        Actor actor = call.actor();
        // The asset's own fields are checked before any lookup is registered by name.
        CreateAsset.Builder asset = CreateAsset.builder()
                .name(modelName)
                .model(modelName)
                .description(call.params().text("comments"))
                .serialNumber(call.params().text("serialNumber"))
                .quantity(quantity);
        asset.build();
        Asset created = registration.create(
                actor,
                asset.manufacturerId(named(call, "manufacturer", VendorKind.MANUFACTURER))
                        .supplierId(named(call, "supplier", VendorKind.SUPPLIER))
                        .typeId(type(call))
                        .locationId(location(call))
                        .build());
        return new AssetCreated(created.id());
    }

    private Object update(JitbitCall call) {
        long id = call.requiredId("id");
        Integer quantity = call.integer("quantity", 0, Integer.MAX_VALUE);
        call.params().validate();
        UpdateAsset.Builder update = UpdateAsset.builder();
        String modelName = call.params().text("modelName");
        if (modelName != null) {
            update.name(Change.to(modelName)).model(Change.to(modelName));
        }
        if (call.params().has("comments")) {
            update.description(Change.to(call.params().text("comments")));
        }
        if (call.params().has("serialNumber")) {
            update.serialNumber(Change.to(call.params().text("serialNumber")));
        }
        if (quantity != null) {
            update.quantity(Change.to(quantity));
        }
        if (call.params().has("manufacturer")) {
            update.manufacturerId(Change.to(named(call, "manufacturer", VendorKind.MANUFACTURER)));
        }
        if (call.params().has("supplier")) {
            update.supplierId(Change.to(named(call, "supplier", VendorKind.SUPPLIER)));
        }
        if (call.params().has("type")) {
            update.typeId(Change.to(type(call)));
        }
        if (call.params().has("location")) {
            update.locationId(Change.to(location(call)));
        }
        return views.one(call.actor(), updates.update(call.actor(), id, update.build()));
    }

    private Object setCustomField(JitbitCall call) {
        long id = call.requiredId("id");
        long fieldId = call.requiredId("fieldId");
        String value = call.params().text("value");
        call.params().validate();
        Map<String, String> byKey = customFields.assetByKey(
                call.actor(), Map.of(fieldId, value == null ? "" : value), call.params(), "fieldId");
        call.params().validate();
        updates.update(
                call.actor(),
                id,
                UpdateAsset.builder().customFields(Change.to(byKey)).build());
        return null;
    }

    /** The manufacturer or supplier of that name, registered when new; null when the parameter is blank. */
    private Long named(JitbitCall call, String parameter, VendorKind kind) {
        String name = call.params().text(parameter);
        return name == null
                ? null
                : byName.vendor(call.actor(), kind, name, parameter).id();
    }

    private Long type(JitbitCall call) {
        String name = call.params().text("type");
        return name == null ? null : byName.type(call.actor(), name, "type").id();
    }

    private Long location(JitbitCall call) {
        String name = call.params().text("location");
        return name == null
                ? null
                : byName.location(call.actor(), name, "location").id();
    }
}
