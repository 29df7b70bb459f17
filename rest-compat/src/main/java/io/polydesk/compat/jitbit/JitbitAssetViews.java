package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.CustomFieldValue;
import io.polydesk.compat.jitbit.dto.JitbitAsset;
import io.polydesk.compat.jitbit.dto.JitbitUser;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.asset.AssetQueries;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.AssetVendorQueries;
import io.polydesk.domain.asset.Location;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.customfield.AssetFieldValue;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Loads what a page of Jitbit assets names (lookups, assigned users, custom fields) in a fixed number of queries. */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitAssetViews {

    private final AssetQueries assets;
    private final AssetCatalogQueries catalog;
    private final AssetVendorQueries vendors;
    private final UserQueries users;
    private final CustomFieldService fields;
    private final JitbitUserViews userViews;
    private final JitbitAssetConverter converter;

    JitbitAssetViews(
            AssetQueries assets,
            AssetCatalogQueries catalog,
            AssetVendorQueries vendors,
            UserQueries users,
            CustomFieldService fields,
            JitbitUserViews userViews,
            JitbitAssetConverter converter) {
        this.assets = assets;
        this.catalog = catalog;
        this.vendors = vendors;
        this.users = users;
        this.fields = fields;
        this.userViews = userViews;
        this.converter = converter;
    }

    JitbitAsset one(Actor actor, Asset asset) {
        return all(actor, List.of(asset)).get(0);
    }

    List<JitbitAsset> all(Actor actor, List<Asset> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Asset::id).toList();
        Map<Long, AssetVendor> manufacturers =
                vendors.byIds(VendorKind.MANUFACTURER, refs(page, Asset::manufacturerId));
        Map<Long, AssetVendor> suppliers = vendors.byIds(VendorKind.SUPPLIER, refs(page, Asset::supplierId));
        Map<Long, AssetType> types = catalog.typesByIds(refs(page, Asset::typeId));
        Map<Long, Location> locations = catalog.locationsByIds(refs(page, Asset::locationId));
        Map<Long, List<Long>> assigned = assets.userIdsOf(ids);
        Map<Long, User> people = users.byIds(
                actor,
                assigned.values().stream().flatMap(List::stream).distinct().toList());
        Map<Long, JitbitUser> shown = userViews.all(actor, people.values()).stream()
                .collect(Collectors.toMap(JitbitUser::userID, Function.identity()));
        Map<Long, CustomFieldDefinition> definitions = fields.assetFields(actor).stream()
                .collect(Collectors.toMap(CustomFieldDefinition::id, Function.identity()));
        Map<Long, List<AssetFieldValue>> values = assets.customFieldsOf(ids);
        return page.stream()
                .map(a -> converter.toAsset(new JitbitAssetView(
                        a,
                        a.manufacturerId() == null ? null : manufacturers.get(a.manufacturerId()),
                        a.typeId() == null ? null : types.get(a.typeId()),
                        a.supplierId() == null ? null : suppliers.get(a.supplierId()),
                        a.locationId() == null ? null : locations.get(a.locationId()),
                        assigned.getOrDefault(a.id(), List.of()).stream()
                                .map(shown::get)
                                .filter(Objects::nonNull)
                                .toList(),
                        fieldValues(definitions, values.getOrDefault(a.id(), List.of())))))
                .toList();
    }

    private static List<CustomFieldValue> fieldValues(
            Map<Long, CustomFieldDefinition> definitions, List<AssetFieldValue> values) {
        return values.stream()
                .filter(v -> definitions.containsKey(v.fieldId()))
                .map(v -> JitbitCustomFields.value(definitions.get(v.fieldId()), v.value()))
                .toList();
    }

    private static List<Long> refs(List<Asset> page, Function<Asset, Long> ref) {
        return page.stream().map(ref).filter(Objects::nonNull).distinct().toList();
    }
}
