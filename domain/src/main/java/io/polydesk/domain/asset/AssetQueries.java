package io.polydesk.domain.asset;

import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.customfield.AssetFieldValue;
import io.polydesk.domain.customfield.CustomFieldRepository;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Keyset;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.shared.Page;
import io.polydesk.domain.shared.Trees;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reads of assets, with the visibility rule applied in the query itself; the catalog is {@link AssetCatalogQueries}. */
@Service
public class AssetQueries {

    /** Live assets sharing one name (as the collation compares) read for a barcode lookup; names rarely repeat. */
    private static final int SAME_NAME_CANDIDATES = 100;

    static final int MAX_TEXT = 200;

    private final AssetRepository assets;
    private final AssetCatalogRepository catalog;
    private final AssetAccess access;
    private final CustomFieldRepository customFields;

    public AssetQueries(
            AssetRepository assets,
            AssetCatalogRepository catalog,
            AssetAccess access,
            CustomFieldRepository customFields) {
        this.assets = assets;
        this.catalog = catalog;
        this.access = access;
        this.customFields = customFields;
    }

    public Asset get(Actor actor, long id) {
        return access.visible(actor, id);
    }

    /**
     * The first live asset (by id) whose name is {@code name} ignoring case, for staff (a barcode lookup); read from
     * the name index, never by scanning.
     */
    public Optional<Asset> firstByName(Actor actor, String name) {
        Actor.requireStaff(actor);
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return assets.findLiveByName(name.strip(), SAME_NAME_CANDIDATES).stream()
                .filter(a ->
                        a.name() != null && a.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** A numbered page, for the dialects whose documents page by number. */
    public Page<Asset> page(Actor actor, AssetFilter filter, AssetOrder order, OffsetPage page) {
        AssetCriteria criteria = criteria(Actor.require(actor), filter);
        if (criteria.nothing()) {
            return new Page<>(List.of(), 0, page);
        }
        List<Asset> items = assets.search(AssetSearch.atOffset(criteria, order, page.offset(), page.size()));
        return new Page<>(items, assets.count(criteria), page);
    }

    /**
     * The rows of one numbered page of assets matching any of {@code filters} (Ransack's {@code m=or}), each
     * resolved for the caller on its own, in one statement ordered and cut in SQL; no count.
     */
    public List<Asset> itemsOfAny(Actor actor, List<AssetFilter> filters, AssetOrder order, OffsetPage page) {
        Actor.require(actor);
        AssetCriteria criteria = AssetCriteria.anyOf(
                filters.stream().map(f -> criteria(actor, f)).toList());
        if (criteria.nothing()) {
            return List.of();
        }
        return assets.search(AssetSearch.atOffset(criteria, order, page.offset(), page.size()));
    }

    /** A keyset window: {@code first} rows after the cursor {@code after}. */
    public CursorPage<Asset> window(Actor actor, AssetFilter filter, AssetOrder order, Integer first, String after) {
        AssetCriteria criteria = criteria(Actor.require(actor), filter);
        int limit = KeysetWindow.limit(first);
        if (criteria.nothing()) {
            return new CursorPage<>(List.of(), false, after != null, 0);
        }
        Keyset position = KeysetWindow.position(after, sortKey(order));
        AssetSearch search;
        try {
            boolean time = order.field() == AssetOrder.Field.CREATED_AT || order.field() == AssetOrder.Field.UPDATED_AT;
            search = new AssetSearch(
                    criteria,
                    order,
                    position == null ? null : position.id(),
                    position != null && time ? Instant.ofEpochMilli(Long.parseLong(position.value())) : null,
                    position != null && order.field() == AssetOrder.Field.NAME ? position.value() : null,
                    0,
                    limit + 1);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("after", "is not a cursor this listing issued");
        }
        List<Asset> rows = limit == 0 ? List.of() : assets.search(search);
        return KeysetWindow.of(
                rows,
                limit,
                position != null,
                assets.count(criteria),
                a -> new Keyset(sortKey(order), sortValue(order, a), a.id()));
    }

    /** The assets among {@code ids} the caller may see, keyed by id, in two queries at most. */
    public Map<Long, Asset> visibleByIds(Actor actor, Collection<Long> ids) {
        Actor.require(actor);
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Asset> found = assets.findByIds(ids);
        Map<Long, List<Long>> users = actor.isStaff() ? Map.of() : userIdsOf(ids);
        return found.stream()
                .filter(a -> AssetPolicy.canView(actor, a, users.getOrDefault(a.id(), List.of())))
                .collect(Collectors.toMap(Asset::id, Function.identity()));
    }

    /** Assigned user ids of many assets in one query, keyed by asset id. */
    public Map<Long, List<Long>> userIdsOf(Collection<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        return assets.usersOf(assetIds).stream()
                .collect(Collectors.groupingBy(
                        AssetUser::assetId, Collectors.mapping(AssetUser::userId, Collectors.toList())));
    }

    /** Tags of many assets in one query, keyed by asset id. */
    public Map<Long, List<Tag>> tagsOf(Collection<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        return assets.tagsOf(assetIds).stream()
                .collect(Collectors.groupingBy(
                        AssetTag::assetId, Collectors.mapping(AssetTag::tag, Collectors.toList())));
    }

    /** Custom field values of many assets in one query, keyed by asset id. */
    public Map<Long, List<AssetFieldValue>> customFieldsOf(Collection<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        return customFields.assetValuesOf(assetIds).stream().collect(Collectors.groupingBy(AssetFieldValue::assetId));
    }

    /** Notes of many assets in one query, oldest first; customers see none. */
    public Map<Long, List<AssetNote>> notesOf(Actor actor, Collection<Long> visibleAssetIds) {
        Actor.require(actor);
        if (visibleAssetIds.isEmpty() || !AssetPolicy.canSeeNotes(actor)) {
            return Map.of();
        }
        return assets.notesOf(visibleAssetIds).stream().collect(Collectors.groupingBy(AssetNote::assetId));
    }

    private AssetCriteria criteria(Actor actor, AssetFilter f) {
        List<Long> typeIds = List.of();
        if (f.typeId() != null) {
            List<AssetType> types = catalog.types();
            if (types.stream().noneMatch(t -> t.id() == f.typeId())) {
                throw DomainException.invalid("filter.typeId", "is not an existing asset type");
            }
            typeIds = Trees.subtree(f.typeId(), types, AssetType::id, AssetType::parentId);
        }
        if (f.statusId() != null && catalog.findStatus(f.statusId()).isEmpty()) {
            throw DomainException.invalid("filter.statusId", "is not an existing asset status");
        }
        List<Long> locationIds = List.of();
        if (f.locationId() != null) {
            List<Location> locations = catalog.locations();
            if (locations.stream().noneMatch(l -> l.id() == f.locationId())) {
                throw DomainException.invalid("filter.locationId", "is not an existing location");
            }
            locationIds = Trees.subtree(f.locationId(), locations, Location::id, Location::parentId);
        }
        String text = Optional.ofNullable(f.text())
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElse(null);
        if (text != null && text.length() > MAX_TEXT) {
            throw DomainException.invalid("filter.text", "must be at most " + MAX_TEXT + " characters");
        }
        String tag = Optional.ofNullable(f.tag())
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElse(null);
        return AssetCriteria.builder()
                .typeIds(typeIds)
                .statusId(f.statusId())
                .locationIds(locationIds)
                .ownerId(f.ownerId())
                .assignedUserId(f.assignedUserId())
                .tag(tag)
                .text(text == null ? null : text.toLowerCase(Locale.ROOT))
                .visibleTo(actor.isStaff() ? null : actor.userId())
                .build();
    }

    private static String sortKey(AssetOrder order) {
        return "asset:" + order.field().name() + (order.descending() ? "-" : "+");
    }

    private static String sortValue(AssetOrder order, Asset a) {
        return switch (order.field()) {
            case ID -> Long.toString(a.id());
            case NAME -> a.name();
            case CREATED_AT -> Long.toString(a.createdAt().toEpochMilli());
            case UPDATED_AT -> Long.toString(a.updatedAt().toEpochMilli());
        };
    }
}
