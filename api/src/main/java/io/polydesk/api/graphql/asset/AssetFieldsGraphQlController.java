package io.polydesk.api.graphql.asset;

import graphql.GraphQLContext;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.asset.AssetNote;
import io.polydesk.domain.asset.AssetQueries;
import io.polydesk.domain.asset.AssetStatus;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.AssetVendorQueries;
import io.polydesk.domain.asset.Location;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.customfield.AssetFieldValue;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The fields of {@code Asset} and its catalog types that point elsewhere. Each is loaded for all assets of a
 * response at once, so a page of assets costs the same number of queries whatever its size.
 */
@Controller
class AssetFieldsGraphQlController {

    private final AssetQueries assets;
    private final AssetCatalogQueries catalog;
    private final AssetVendorQueries vendors;
    private final UserQueries users;
    private final CustomFieldService customFields;

    AssetFieldsGraphQlController(
            AssetQueries assets,
            AssetCatalogQueries catalog,
            AssetVendorQueries vendors,
            UserQueries users,
            CustomFieldService customFields) {
        this.assets = assets;
        this.catalog = catalog;
        this.vendors = vendors;
        this.users = users;
        this.customFields = customFields;
    }

    @BatchMapping
    Map<Asset, AssetType> type(List<Asset> batch) {
        return Batches.byKey(batch, Asset::typeId, catalog::typesByIds);
    }

    @BatchMapping
    Map<Asset, AssetStatus> status(List<Asset> batch) {
        return Batches.byKey(batch, Asset::statusId, catalog::statusesByIds);
    }

    @BatchMapping
    Map<Asset, Location> location(List<Asset> batch) {
        return Batches.byKey(batch, Asset::locationId, catalog::locationsByIds);
    }

    @BatchMapping
    Map<Asset, AssetVendor> manufacturer(List<Asset> batch) {
        return Batches.byKey(batch, Asset::manufacturerId, ids -> vendors.byIds(VendorKind.MANUFACTURER, ids));
    }

    @BatchMapping
    Map<Asset, AssetVendor> supplier(List<Asset> batch) {
        return Batches.byKey(batch, Asset::supplierId, ids -> vendors.byIds(VendorKind.SUPPLIER, ids));
    }

    @BatchMapping
    Map<Asset, User> owner(List<Asset> batch) {
        return Batches.byKey(batch, Asset::ownerId, users::byIds);
    }

    @BatchMapping
    Map<Asset, List<User>> assignedUsers(List<Asset> batch) {
        Map<Long, List<Long>> assigned = assets.userIdsOf(Batches.ids(batch, Asset::id));
        Map<Long, User> people = users.byIds(
                assigned.values().stream().flatMap(List::stream).distinct().toList());
        Map<Asset, List<User>> result = new HashMap<>();
        for (Asset a : batch) {
            result.put(
                    a,
                    assigned.getOrDefault(a.id(), List.of()).stream()
                            .map(people::get)
                            .filter(Objects::nonNull)
                            .toList());
        }
        return result;
    }

    @BatchMapping
    Map<Asset, List<String>> tags(List<Asset> batch) {
        Map<Long, List<Tag>> tags = assets.tagsOf(Batches.ids(batch, Asset::id));
        Map<Asset, List<String>> result = new HashMap<>();
        for (Asset a : batch) {
            result.put(
                    a,
                    tags.getOrDefault(a.id(), List.of()).stream()
                            .map(Tag::name)
                            .sorted()
                            .toList());
        }
        return result;
    }

    @BatchMapping
    Map<Asset, List<AssetNote>> notes(List<Asset> batch, GraphQLContext context) {
        Map<Long, List<AssetNote>> notes = assets.notesOf(CurrentActor.from(context), Batches.ids(batch, Asset::id));
        Map<Asset, List<AssetNote>> result = new HashMap<>();
        for (Asset a : batch) {
            result.put(a, notes.getOrDefault(a.id(), List.of()));
        }
        return result;
    }

    @BatchMapping
    Map<Asset, List<AssetCustomFieldValue>> customFields(List<Asset> batch, GraphQLContext context) {
        Map<Long, CustomFieldDefinition> definitions = customFields.assetFields(CurrentActor.from(context)).stream()
                .collect(Collectors.toMap(CustomFieldDefinition::id, Function.identity()));
        Map<Long, List<AssetFieldValue>> values = assets.customFieldsOf(Batches.ids(batch, Asset::id));
        Map<Asset, List<AssetCustomFieldValue>> result = new HashMap<>();
        for (Asset a : batch) {
            result.put(
                    a,
                    values.getOrDefault(a.id(), List.of()).stream()
                            .filter(v -> definitions.containsKey(v.fieldId()))
                            .map(v -> {
                                CustomFieldDefinition d = definitions.get(v.fieldId());
                                return new AssetCustomFieldValue(d.key(), d.name(), d.type(), v.value());
                            })
                            .sorted(Comparator.comparing(AssetCustomFieldValue::key))
                            .toList());
        }
        return result;
    }

    @BatchMapping(typeName = "AssetType", field = "parent")
    Map<AssetType, AssetType> typeParent(List<AssetType> batch) {
        return Batches.byKey(batch, AssetType::parentId, catalog::typesByIds);
    }

    @BatchMapping(typeName = "Location", field = "parent")
    Map<Location, Location> locationParent(List<Location> batch) {
        return Batches.byKey(batch, Location::parentId, catalog::locationsByIds);
    }

    @BatchMapping(typeName = "AssetNote", field = "author")
    Map<AssetNote, User> noteAuthor(List<AssetNote> batch) {
        return Batches.byKey(batch, AssetNote::authorId, users::byIds);
    }
}
