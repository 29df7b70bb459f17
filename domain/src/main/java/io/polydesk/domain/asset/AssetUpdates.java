package io.polydesk.domain.asset;

import io.polydesk.domain.customfield.CustomFieldOwner;
import io.polydesk.domain.customfield.CustomFieldWrites;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff change live assets field by field; an update that changes nothing writes nothing. */
@Service
public class AssetUpdates {

    private final AssetRepository assets;
    private final StaffAssetAccess access;
    private final AssetReferences references;
    private final AssetTagging tagging;
    private final CustomFieldWrites customFields;
    private final Clock clock;

    public AssetUpdates(
            AssetRepository assets,
            StaffAssetAccess access,
            AssetReferences references,
            AssetTagging tagging,
            CustomFieldWrites customFields,
            Clock clock) {
        this.assets = assets;
        this.access = access;
        this.references = references;
        this.tagging = tagging;
        this.customFields = customFields;
        this.clock = clock;
    }

    @Transactional
    public Asset update(Actor actor, long assetId, UpdateAsset u) {
        Asset current = access.loadLive(actor, assetId);
        StaffAssetAccess.checkVersion(current, u.expectedLockVersion());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Asset updated = applied(current, u, now);
        Map<Long, String> fieldValues = checked(current, updated, u);

        boolean fieldsChanged =
                !updated.toBuilder().updatedAt(current.updatedAt()).build().equals(current);
        if (!fieldsChanged && !u.userIds().isPresent() && !u.tags().isPresent() && fieldValues.isEmpty()) {
            return current;
        }
        if (!assets.update(updated, current.lockVersion())) {
            throw StaffAssetAccess.stale(current);
        }
        if (u.userIds().isPresent()) {
            replaceUsers(assetId, u.userIds().value(), now);
        }
        if (u.tags().isPresent()) {
            tagging.replace(assetId, u.tags().value());
        }
        customFields.store(CustomFieldOwner.ASSET, assetId, fieldValues);
        return assets.findById(assetId).orElseThrow();
    }

    private static Asset applied(Asset current, UpdateAsset u, Instant now) {
        Map<String, Object> inventory = u.inventory().orElse(current.inventory());
        return current.toBuilder()
                .name(u.name().map(String::strip).orElse(current.name()))
                .description(u.description().orElse(current.description()))
                .typeId(u.typeId().orElse(current.typeId()))
                .statusId(u.statusId().orElse(current.statusId()))
                .locationId(u.locationId().orElse(current.locationId()))
                .manufacturerId(u.manufacturerId().orElse(current.manufacturerId()))
                .model(u.model().orElse(current.model()))
                .serialNumber(u.serialNumber().orElse(current.serialNumber()))
                .controlNumber(u.controlNumber().orElse(current.controlNumber()))
                .supplierId(u.supplierId().orElse(current.supplierId()))
                .quantity(u.quantity().orElse(current.quantity()))
                .ownerId(u.ownerId().orElse(current.ownerId()))
                .purchaseOrder(u.purchaseOrder().orElse(current.purchaseOrder()))
                .online(u.online().orElse(current.online()))
                .inventory(inventory)
                .inventoryUpdatedAt(
                        u.inventory().isPresent() ? (inventory == null ? null : now) : current.inventoryUpdatedAt())
                .archived(false)
                .updatedAt(now)
                .build();
    }

    /** Checks what the update changes and returns the canonical custom-field values it sets. */
    private Map<Long, String> checked(Asset current, Asset updated, UpdateAsset u) {
        Validation v = new Validation();
        // Only a reference being changed must be live: an asset keeps the archived type, status or location it has.
        references.checkCatalog(
                Objects.equals(updated.typeId(), current.typeId()) ? null : updated.typeId(),
                updated.statusId() != current.statusId() ? updated.statusId() : null,
                Objects.equals(updated.locationId(), current.locationId()) ? null : updated.locationId(),
                v);
        // Like the status, an asset keeps an archived manufacturer or supplier it already names.
        if (!Objects.equals(updated.manufacturerId(), current.manufacturerId())) {
            references.checkVendor(VendorKind.MANUFACTURER, updated.manufacturerId(), v);
        }
        if (!Objects.equals(updated.supplierId(), current.supplierId())) {
            references.checkVendor(VendorKind.SUPPLIER, updated.supplierId(), v);
        }
        if (u.ownerId().isPresent()) {
            references.checkOwner(updated.ownerId(), v);
        }
        if (u.userIds().isPresent()) {
            references.checkUsers(u.userIds().value(), v);
        }
        Map<Long, String> fieldValues = u.customFields().isPresent()
                ? customFields.canonicalValues(
                        CustomFieldOwner.ASSET, u.customFields().value(), false, v)
                : Map.of();
        v.throwIfInvalid();
        return fieldValues;
    }

    private void replaceUsers(long assetId, List<Long> userIds, Instant now) {
        Set<Long> wanted = new LinkedHashSet<>(userIds);
        Set<Long> current =
                assets.usersOf(List.of(assetId)).stream().map(AssetUser::userId).collect(Collectors.toSet());
        current.stream().filter(id -> !wanted.contains(id)).forEach(id -> assets.removeUser(assetId, id));
        wanted.stream().filter(id -> !current.contains(id)).forEach(id -> assets.addUser(assetId, id, now));
    }
}
