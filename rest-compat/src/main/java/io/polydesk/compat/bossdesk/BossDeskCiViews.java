package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.CiDetail;
import io.polydesk.compat.bossdesk.dto.CiItem;
import io.polydesk.compat.bossdesk.dto.CiRef;
import io.polydesk.compat.bossdesk.dto.CiUser;
import io.polydesk.compat.bossdesk.dto.NamedRef;
import io.polydesk.compat.bossdesk.dto.NoteItem;
import io.polydesk.compat.support.ConditionalOnDialect;
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
import io.polydesk.domain.customfield.AssetFieldValue;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** CIs (Polydesk assets) in BOSSDesk's shapes; a CI's {@code friendly_id} is its asset id. */
@Component
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskCiViews {

    private final AssetQueries assets;
    private final AssetCatalogQueries catalog;
    private final AssetVendorQueries vendors;
    private final UserQueries users;
    private final CustomFieldService customFields;
    private final BossDeskUserConverter people;

    BossDeskCiViews(
            AssetQueries assets,
            AssetCatalogQueries catalog,
            AssetVendorQueries vendors,
            UserQueries users,
            CustomFieldService customFields,
            BossDeskUserConverter people) {
        this.assets = assets;
        this.catalog = catalog;
        this.vendors = vendors;
        this.users = users;
        this.customFields = customFields;
        this.people = people;
    }

    List<CiItem> items(List<Asset> page) {
        Map<Long, AssetType> types = catalog.typesByIds(
                page.stream().map(Asset::typeId).filter(Objects::nonNull).toList());
        Map<Long, AssetStatus> statuses =
                catalog.statusesByIds(page.stream().map(Asset::statusId).toList());
        return page.stream()
                .map(a -> new CiItem(
                        a.id(),
                        a.id(),
                        a.name(),
                        a.description(),
                        a.online(),
                        BossDeskFormats.time(a.updatedAt()),
                        a.archived(),
                        a.inventory(),
                        type(types.get(a.typeId())),
                        status(statuses.get(a.statusId()))))
                .toList();
    }

    CiDetail detail(Actor actor, Asset a) {
        List<Long> ids = List.of(a.id());
        AssetType type = a.typeId() == null
                ? null
                : catalog.typesByIds(List.of(a.typeId())).get(a.typeId());
        AssetStatus status = catalog.statusesByIds(List.of(a.statusId())).get(a.statusId());
        Location location = a.locationId() == null
                ? null
                : catalog.locationsByIds(List.of(a.locationId())).get(a.locationId());
        AssetVendor manufacturer = a.manufacturerId() == null
                ? null
                : vendors.byIds(VendorKind.MANUFACTURER, List.of(a.manufacturerId()))
                        .get(a.manufacturerId());
        Map<Long, User> assigned = users.byIds(assets.userIdsOf(ids).getOrDefault(a.id(), List.of()));
        Map<Long, String> values = new HashMap<>();
        for (AssetFieldValue v : assets.customFieldsOf(ids).getOrDefault(a.id(), List.of())) {
            values.put(v.fieldId(), v.value());
        }
        return new CiDetail(
                a.id(),
                a.id(),
                a.name(),
                a.description(),
                a.model(),
                a.serialNumber(),
                a.controlNumber(),
                type(type),
                status(status),
                location == null ? null : new NamedRef(location.id(), location.name()),
                manufacturer == null ? null : new NamedRef(manufacturer.id(), manufacturer.name()),
                assets.tagsOf(ids).getOrDefault(a.id(), List.of()).stream()
                        .map(t -> new NamedRef(t.id(), t.name()))
                        .toList(),
                assigned.values().stream().map(BossDeskCiViews::user).toList(),
                a.purchaseOrder() == null ? null : new CiDetail.PurchaseOrder(null, null, a.purchaseOrder()),
                BossDeskCustomFields.show(values, customFields.assetFields(actor)),
                a.inventory(),
                BossDeskFormats.time(a.inventoryUpdatedAt()),
                a.online(),
                null,
                null,
                a.archived() ? BossDeskFormats.time(a.updatedAt()) : null,
                BossDeskFormats.time(a.createdAt()),
                BossDeskFormats.time(a.updatedAt()));
    }

    NoteItem note(AssetNote n) {
        User author =
                n.authorId() == null ? null : users.byIds(List.of(n.authorId())).get(n.authorId());
        return new NoteItem(
                n.id(),
                n.content(),
                BossDeskFormats.time(n.createdAt()),
                BossDeskFormats.time(n.updatedAt()),
                author == null ? null : people.toRef(author));
    }

    private static CiUser user(User u) {
        return new CiUser(u.id(), u.id(), u.firstName(), u.lastName(), u.email(), null, u.username(), null, List.of());
    }

    private static CiRef.CiTypeRef type(AssetType t) {
        return t == null ? null : new CiRef.CiTypeRef(t.id(), t.name(), t.icon());
    }

    private static NamedRef status(AssetStatus s) {
        return s == null ? null : new NamedRef(s.id(), s.name());
    }
}
