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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff register new assets: checked against the catalog, with their users, tags and custom fields. */
@Service
public class AssetRegistration {

    /** The status a new asset gets when none is named. */
    public static final String DEFAULT_STATUS = "active";

    private final AssetRepository assets;
    private final AssetCatalogRepository catalog;
    private final AssetReferences references;
    private final AssetTagging tagging;
    private final CustomFieldWrites customFields;
    private final Clock clock;

    public AssetRegistration(
            AssetRepository assets,
            AssetCatalogRepository catalog,
            AssetReferences references,
            AssetTagging tagging,
            CustomFieldWrites customFields,
            Clock clock) {
        this.assets = assets;
        this.catalog = catalog;
        this.references = references;
        this.tagging = tagging;
        this.customFields = customFields;
        this.clock = clock;
    }

    @Transactional
    public Asset create(Actor actor, CreateAsset c) {
        Actor.requireStaff(actor);
        Validation v = new Validation();
        Long statusId = c.statusId();
        if (statusId == null) {
            statusId = defaultStatusId();
            v.check(statusId != null, "statusId", "no live asset status is defined");
        }
        references.checkCatalog(c.typeId(), statusId, c.locationId(), v);
        references.checkVendor(VendorKind.MANUFACTURER, c.manufacturerId(), v);
        references.checkVendor(VendorKind.SUPPLIER, c.supplierId(), v);
        references.checkOwner(c.ownerId(), v);
        references.checkUsers(c.userIds(), v);
        Map<Long, String> fieldValues = customFields.canonicalValues(CustomFieldOwner.ASSET, c.customFields(), true, v);
        v.throwIfInvalid();

        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long id = assets.insert(Asset.builder()
                .name(c.name().strip())
                .description(c.description())
                .typeId(c.typeId())
                .statusId(statusId)
                .locationId(c.locationId())
                .manufacturerId(c.manufacturerId())
                .model(c.model())
                .serialNumber(c.serialNumber())
                .controlNumber(c.controlNumber())
                .supplierId(c.supplierId())
                .quantity(c.quantity())
                .ownerId(c.ownerId())
                .purchaseOrder(c.purchaseOrder())
                .online(c.online())
                .inventory(c.inventory())
                .inventoryUpdatedAt(c.inventory() == null ? null : now)
                .createdAt(now)
                .updatedAt(now)
                .build());
        for (Long userId : new LinkedHashSet<>(c.userIds())) {
            assets.addUser(id, userId, now);
        }
        if (!c.tags().isEmpty()) {
            tagging.replace(id, c.tags());
        }
        customFields.store(CustomFieldOwner.ASSET, id, fieldValues);
        return assets.findById(id).orElseThrow();
    }

    /** {@value #DEFAULT_STATUS} if it is live, else the first live status, else null. */
    private Long defaultStatusId() {
        List<AssetStatus> live =
                catalog.statuses().stream().filter(s -> !s.archived()).toList();
        return live.stream()
                .filter(s -> s.key().equals(DEFAULT_STATUS))
                .findFirst()
                .or(() -> live.stream().findFirst())
                .map(AssetStatus::id)
                .orElse(null);
    }
}
