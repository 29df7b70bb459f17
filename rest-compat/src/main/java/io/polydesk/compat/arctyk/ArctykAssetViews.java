package io.polydesk.compat.arctyk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetCatalogQueries;
import io.polydesk.domain.asset.AssetStatus;
import io.polydesk.domain.asset.AssetType;
import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.AssetVendorQueries;
import io.polydesk.domain.asset.Location;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Arctyk names assets' types and statuses by slug, locations by name and owners by e-mail. This resolves those
 * names for a whole page in a fixed number of queries, and resolves the names clients send back to ids.
 */
@Component
@ConditionalOnDialect(ArctykDialect.NAME)
class ArctykAssetViews {

    private final AssetCatalogQueries assets;
    private final AssetVendorQueries vendors;
    private final UserQueries users;

    ArctykAssetViews(AssetCatalogQueries assets, AssetVendorQueries vendors, UserQueries users) {
        this.assets = assets;
        this.vendors = vendors;
        this.users = users;
    }

    /** {@code Network device} is {@code network_device}: lower case, words joined by underscores. */
    static String slug(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    List<ArctykAssetView> views(Actor actor, List<Asset> page) {
        Map<Long, AssetType> types = assets.typesByIds(
                page.stream().map(Asset::typeId).filter(Objects::nonNull).toList());
        Map<Long, AssetStatus> statuses =
                assets.statusesByIds(page.stream().map(Asset::statusId).toList());
        Map<Long, Location> locations = assets.locationsByIds(
                page.stream().map(Asset::locationId).filter(Objects::nonNull).toList());
        Map<Long, AssetVendor> manufacturers = vendors.byIds(
                VendorKind.MANUFACTURER,
                page.stream()
                        .map(Asset::manufacturerId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        Map<Long, User> owners = users.byIds(
                actor,
                page.stream()
                        .map(Asset::ownerId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        return page.stream()
                .map(a -> new ArctykAssetView(
                        a,
                        a.typeId() == null ? null : slug(types.get(a.typeId()).name()),
                        statuses.get(a.statusId()).key(),
                        a.locationId() == null
                                ? null
                                : locations.get(a.locationId()).name(),
                        a.ownerId() == null || !owners.containsKey(a.ownerId())
                                ? null
                                : owners.get(a.ownerId()).email(),
                        a.manufacturerId() == null
                                ? null
                                : manufacturers.get(a.manufacturerId()).name()))
                .toList();
    }

    ArctykAssetView view(Actor actor, Asset asset) {
        return views(actor, List.of(asset)).get(0);
    }

    /** A type by slug or by name, ignoring case. */
    Optional<AssetType> type(Actor actor, String text) {
        String wanted = slug(text);
        return assets.everyType(actor).stream()
                .filter(t -> slug(t.name()).equals(wanted))
                .findFirst();
    }

    /** A status by code or by name, ignoring case. */
    Optional<AssetStatus> status(Actor actor, String text) {
        String wanted = slug(text);
        return assets.everyStatus(actor).stream()
                .filter(s -> s.key().equals(wanted) || slug(s.name()).equals(wanted))
                .findFirst();
    }

    Optional<Location> location(Actor actor, String name) {
        return assets.everyLocation(actor).stream()
                .filter(l -> l.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    /** A live manufacturer by name, ignoring case. */
    Optional<AssetVendor> manufacturer(String name) {
        return vendors.liveNamed(VendorKind.MANUFACTURER, name);
    }

    Optional<User> owner(String email) {
        return users.byEmail(email.strip());
    }
}
