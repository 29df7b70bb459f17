package io.polydesk.domain.asset;

import io.polydesk.domain.catalog.CatalogRepository;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldRepository;
import io.polydesk.domain.customfield.CustomFieldValues;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every write to assets: staff register, change, assign and archive assets and write notes. Types and
 * locations are managed by {@link AssetTypeService} and {@link LocationService}.
 */
@Service
public class AssetService {

    /** The status a new asset gets when none is named. */
    public static final String DEFAULT_STATUS = "active";

    private final AssetRepository assets;
    private final AssetCatalogRepository catalog;
    private final AssetVendorRepository vendors;
    private final UserRepository users;
    private final CatalogRepository tags;
    private final CustomFieldRepository customFields;
    private final Clock clock;

    public AssetService(
            AssetRepository assets,
            AssetCatalogRepository catalog,
            AssetVendorRepository vendors,
            UserRepository users,
            CatalogRepository tags,
            CustomFieldRepository customFields,
            Clock clock) {
        this.assets = assets;
        this.catalog = catalog;
        this.vendors = vendors;
        this.users = users;
        this.tags = tags;
        this.customFields = customFields;
        this.clock = clock;
    }

    @Transactional
    public Asset create(Actor actor, CreateAsset c) {
        Actor.requireStaff(actor);
        Validation v = new Validation();
        Long statusId = c.statusId();
        if (statusId == null) {
            List<AssetStatus> live =
                    catalog.statuses().stream().filter(s -> !s.archived()).toList();
            statusId = live.stream()
                    .filter(s -> s.key().equals(DEFAULT_STATUS))
                    .findFirst()
                    .or(() -> live.stream().findFirst())
                    .map(AssetStatus::id)
                    .orElse(null);
            v.check(statusId != null, "statusId", "no live asset status is defined");
        }
        checkReferences(c.typeId(), statusId, c.locationId(), v);
        checkVendor(VendorKind.MANUFACTURER, c.manufacturerId(), v);
        checkVendor(VendorKind.SUPPLIER, c.supplierId(), v);
        checkOwner(c.ownerId(), v);
        checkUsers(c.userIds(), v);
        Map<Long, String> fieldValues = customFieldValues(c.customFields(), true, v);
        v.throwIfInvalid();

        Instant now = now();
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
            assets.replaceTags(id, tagIds(c.tags()));
        }
        if (!fieldValues.isEmpty()) {
            customFields.putAssetValues(id, fieldValues);
        }
        return assets.findById(id).orElseThrow();
    }

    @Transactional
    public Asset update(Actor actor, long assetId, UpdateAsset u) {
        Asset current = staffAsset(actor, assetId);
        if (current.archived()) {
            throw DomainException.conflict("Asset " + assetId + " is archived and cannot be changed");
        }
        if (u.expectedLockVersion() != null && u.expectedLockVersion() != current.lockVersion()) {
            throw staleVersion(current);
        }
        Validation v = new Validation();
        Long typeId = u.typeId().orElse(current.typeId());
        long statusId = u.statusId().orElse(current.statusId());
        Long locationId = u.locationId().orElse(current.locationId());
        // Only a reference being changed must be live: an asset keeps the archived type, status or location it has.
        checkReferences(
                Objects.equals(typeId, current.typeId()) ? null : typeId,
                statusId != current.statusId() ? statusId : null,
                Objects.equals(locationId, current.locationId()) ? null : locationId,
                v);
        // Like the status, an asset keeps an archived manufacturer or supplier it already names.
        Long manufacturerId = u.manufacturerId().orElse(current.manufacturerId());
        if (!Objects.equals(manufacturerId, current.manufacturerId())) {
            checkVendor(VendorKind.MANUFACTURER, manufacturerId, v);
        }
        Long supplierId = u.supplierId().orElse(current.supplierId());
        if (!Objects.equals(supplierId, current.supplierId())) {
            checkVendor(VendorKind.SUPPLIER, supplierId, v);
        }
        Long ownerId = u.ownerId().orElse(current.ownerId());
        if (u.ownerId().isPresent()) {
            checkOwner(ownerId, v);
        }
        if (u.userIds().isPresent()) {
            checkUsers(u.userIds().value(), v);
        }
        Map<Long, String> fieldValues = u.customFields().isPresent()
                ? customFieldValues(u.customFields().value(), false, v)
                : Map.of();
        v.throwIfInvalid();

        Instant now = now();
        Map<String, Object> inventory = u.inventory().orElse(current.inventory());
        Asset updated = Asset.builder()
                .id(current.id())
                .name(u.name().map(String::strip).orElse(current.name()))
                .description(u.description().orElse(current.description()))
                .typeId(typeId)
                .statusId(statusId)
                .locationId(locationId)
                .manufacturerId(manufacturerId)
                .model(u.model().orElse(current.model()))
                .serialNumber(u.serialNumber().orElse(current.serialNumber()))
                .controlNumber(u.controlNumber().orElse(current.controlNumber()))
                .supplierId(supplierId)
                .quantity(u.quantity().orElse(current.quantity()))
                .ownerId(ownerId)
                .purchaseOrder(u.purchaseOrder().orElse(current.purchaseOrder()))
                .online(u.online().orElse(current.online()))
                .inventory(inventory)
                .inventoryUpdatedAt(
                        u.inventory().isPresent() ? (inventory == null ? null : now) : current.inventoryUpdatedAt())
                .createdAt(current.createdAt())
                .updatedAt(now)
                .lockVersion(current.lockVersion())
                .build();
        boolean fieldsChanged = !withUpdatedAt(updated, current.updatedAt()).equals(current);
        if (!fieldsChanged && !u.userIds().isPresent() && !u.tags().isPresent() && fieldValues.isEmpty()) {
            return current;
        }
        if (!assets.update(updated, current.lockVersion())) {
            throw staleVersion(current);
        }
        if (u.userIds().isPresent()) {
            replaceUsers(assetId, u.userIds().value(), now);
        }
        if (u.tags().isPresent()) {
            assets.replaceTags(assetId, tagIds(u.tags().value()));
        }
        if (!fieldValues.isEmpty()) {
            customFields.putAssetValues(assetId, fieldValues);
        }
        return assets.findById(assetId).orElseThrow();
    }

    /** Soft delete: the asset leaves every listing; archiving twice is harmless. */
    @Transactional
    public Asset archive(Actor actor, long assetId, Integer expectedLockVersion) {
        Asset current = staffAsset(actor, assetId);
        if (expectedLockVersion != null && expectedLockVersion != current.lockVersion()) {
            throw staleVersion(current);
        }
        if (current.archived()) {
            return current;
        }
        Asset archived = current.toBuilder().archived(true).updatedAt(now()).build();
        if (!assets.update(archived, current.lockVersion())) {
            throw staleVersion(current);
        }
        return assets.findById(assetId).orElseThrow();
    }

    @Transactional
    public Asset assign(Actor actor, long assetId, long userId) {
        Asset asset = liveStaffAsset(actor, assetId);
        Validation v = new Validation();
        checkUsers(List.of(userId), v);
        v.throwIfInvalid();
        assets.addUser(assetId, userId, now());
        return asset;
    }

    @Transactional
    public Asset unassign(Actor actor, long assetId, long userId) {
        Asset asset = liveStaffAsset(actor, assetId);
        if (!assets.removeUser(assetId, userId)) {
            throw DomainException.invalid("userId", "is not assigned to this asset");
        }
        return asset;
    }

    @Transactional
    public AssetNote addNote(Actor actor, long assetId, String content) {
        staffAsset(actor, assetId);
        checkNote(content);
        Instant now = now();
        long id = assets.insertNote(new AssetNote(0, assetId, actor.userId(), content, now, now, 0));
        return assets.findNote(id).orElseThrow();
    }

    @Transactional
    public AssetNote editNote(Actor actor, long noteId, String content) {
        AssetNote note = ownNote(actor, noteId);
        checkNote(content);
        if (note.content().equals(content)) {
            return note;
        }
        assets.updateNote(noteId, content, now());
        return assets.findNote(noteId).orElseThrow();
    }

    @Transactional
    public void deleteNote(Actor actor, long noteId) {
        ownNote(actor, noteId);
        assets.deleteNote(noteId);
    }

    private static Asset withUpdatedAt(Asset a, Instant at) {
        return a.toBuilder().updatedAt(at).build();
    }

    private Asset staffAsset(Actor actor, long assetId) {
        Actor.requireStaff(actor);
        return assets.findById(assetId).orElseThrow(() -> DomainException.notFound("Asset", assetId));
    }

    private Asset liveStaffAsset(Actor actor, long assetId) {
        Asset asset = staffAsset(actor, assetId);
        if (asset.archived()) {
            throw DomainException.conflict("Asset " + assetId + " is archived and cannot be changed");
        }
        return asset;
    }

    private AssetNote ownNote(Actor actor, long noteId) {
        Actor.requireStaff(actor);
        AssetNote note = assets.findNote(noteId).orElseThrow(() -> DomainException.notFound("Asset note", noteId));
        if (!AssetPolicy.canChangeNote(actor, note)) {
            throw DomainException.forbidden("Only the author or an administrator may change a note");
        }
        return note;
    }

    private static void checkNote(String content) {
        new Validation()
                .required(content, "content")
                .maxLength(content, AssetLimits.NOTE, "content")
                .throwIfInvalid();
    }

    private static DomainException staleVersion(Asset current) {
        return DomainException.conflict("Asset " + current.id() + " was changed by someone else (now at version "
                + current.lockVersion() + "); reload it and try again");
    }

    private void checkReferences(Long typeId, Long statusId, Long locationId, Validation v) {
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

    private void checkVendor(VendorKind kind, Long id, Validation v) {
        if (id != null) {
            Optional<AssetVendor> vendor = vendors.findById(kind, id);
            v.check(
                    vendor.isPresent(),
                    kind.assetField(),
                    "is not an existing " + kind.label().toLowerCase());
            v.check(vendor.map(o -> !o.archived()).orElse(true), kind.assetField(), "is archived");
        }
    }

    private void checkOwner(Long ownerId, Validation v) {
        if (ownerId != null) {
            v.check(users.findById(ownerId).filter(User::active).isPresent(), "ownerId", "is not an active user");
        }
    }

    private void checkUsers(Collection<Long> userIds, Validation v) {
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

    private void replaceUsers(long assetId, List<Long> userIds, Instant now) {
        Set<Long> wanted = new LinkedHashSet<>(userIds);
        Set<Long> current =
                assets.usersOf(List.of(assetId)).stream().map(AssetUser::userId).collect(Collectors.toSet());
        current.stream().filter(id -> !wanted.contains(id)).forEach(id -> assets.removeUser(assetId, id));
        wanted.stream().filter(id -> !current.contains(id)).forEach(id -> assets.addUser(assetId, id, now));
    }

    /** Validates input keyed by field key and returns canonical values keyed by field id. */
    private Map<Long, String> customFieldValues(Map<String, String> input, boolean creating, Validation v) {
        List<CustomFieldDefinition> definitions = customFields.assetFields();
        Map<String, CustomFieldDefinition> byKey =
                definitions.stream().collect(Collectors.toMap(CustomFieldDefinition::key, Function.identity()));
        Map<Long, String> result = new HashMap<>();
        input.forEach((key, raw) -> {
            CustomFieldDefinition field = byKey.get(key);
            if (field == null) {
                v.add("customFields." + key, "is not a defined asset custom field");
                return;
            }
            result.put(field.id(), CustomFieldValues.canonical(field, raw, v));
        });
        if (creating) {
            for (CustomFieldDefinition field : definitions) {
                v.check(
                        !field.required() || input.containsKey(field.key()),
                        "customFields." + field.key(),
                        "is required");
            }
        }
        return result;
    }

    private List<Long> tagIds(List<String> names) {
        return new LinkedHashSet<>(names.stream().map(String::strip).toList())
                .stream().map(tags::ensureTag).map(Tag::id).distinct().toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
