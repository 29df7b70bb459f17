package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks the catalog entries, vendors and people an asset names, the same way on registration and on update. */
@Component
class AssetReferences {

    private final AssetCatalogRepository catalog;
    private final AssetVendorRepository vendors;
    private final UserRepository users;

    AssetReferences(AssetCatalogRepository catalog, AssetVendorRepository vendors, UserRepository users) {
        this.catalog = catalog;
        this.vendors = vendors;
        this.users = users;
    }

    /** Checks each id that is not null: it must exist and be live. */
    void checkCatalog(Long typeId, Long statusId, Long locationId, Validation v) {
        if (typeId != null) {
            Optional<AssetType> type = catalog.findType(typeId);
            v.check(type.isPresent(), "typeId", "is not an existing asset type");
            v.check(type.map(t -> !t.archived()).orElse(true), "typeId", "is archived");
        }
        if (statusId != null) {
            Optional<AssetStatus> status = catalog.findStatus(statusId);
            v.check(status.isPresent(), "statusId", "is not an existing asset status");
            v.check(status.map(s -> !s.archived()).orElse(true), "statusId", "is archived");
        }
        if (locationId != null) {
            Optional<Location> location = catalog.findLocation(locationId);
            v.check(location.isPresent(), "locationId", "is not an existing location");
            v.check(location.map(l -> !l.archived()).orElse(true), "locationId", "is archived");
        }
    }

    void checkVendor(VendorKind kind, Long id, Validation v) {
        if (id != null) {
            Optional<AssetVendor> vendor = vendors.findById(kind, id);
            v.check(
                    vendor.isPresent(),
                    kind.assetField(),
                    "is not an existing " + kind.label().toLowerCase());
            v.check(vendor.map(o -> !o.archived()).orElse(true), kind.assetField(), "is archived");
        }
    }

    void checkOwner(Long ownerId, Validation v) {
        if (ownerId != null) {
            v.check(users.findById(ownerId).filter(User::active).isPresent(), "ownerId", "is not an active user");
        }
    }

    void checkUsers(Collection<Long> userIds, Validation v) {
        if (userIds.isEmpty()) {
            return;
        }
        Set<Long> active = users.findByIds(new LinkedHashSet<>(userIds)).stream()
                .filter(User::active)
                .map(User::id)
                .collect(Collectors.toSet());
        List<Long> unknown =
                userIds.stream().filter(id -> !active.contains(id)).distinct().toList();
        v.check(
                unknown.isEmpty(),
                userIds.size() == 1 ? "userId" : "userIds",
                unknown.size() == 1
                        ? "user " + unknown.get(0) + " is not an active user"
                        : "users " + unknown + " are not active users");
    }
}
