package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Trees;
import io.polydesk.domain.shared.Validation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage the tree of asset types: names are unique ignoring case across the whole tree, a type
 * never ends up below itself, and no live type sits below an archived one.
 */
@Service
@Transactional
public class AssetTypeService {

    private final AssetCatalogRepository catalog;

    public AssetTypeService(AssetCatalogRepository catalog) {
        this.catalog = catalog;
    }

    public AssetType create(Actor actor, String name, Long parentId, String icon) {
        Actor.requireAdmin(actor);
        List<AssetType> existing = catalog.types();
        Validation v = new Validation()
                .required(name, "name")
                .maxLength(name, AssetLimits.TYPE_NAME, "name")
                .maxLength(icon, AssetLimits.ICON, "icon");
        if (name != null && !name.isBlank()) {
            checkNameFree(existing, name.strip(), null, v);
        }
        if (parentId != null) {
            checkParent(existing, parentId, v);
        }
        v.throwIfInvalid();
        long id = catalog.insertType(new AssetType(0, name.strip(), parentId, blankToNull(icon), false));
        return catalog.findType(id).orElseThrow();
    }

    public AssetType update(Actor actor, UpdateAssetType c) {
        Actor.requireAdmin(actor);
        AssetType current = type(c.id());
        List<AssetType> existing = catalog.types();
        String name = c.name().orElse(current.name());
        Long parentId = c.parentId().orElse(current.parentId());
        Validation v = new Validation();
        if (c.name().isPresent()) {
            checkNameFree(existing, name, current.id(), v);
        }
        if (parentId != null && !Objects.equals(parentId, current.parentId())) {
            v.check(
                    !Trees.subtree(current.id(), existing, AssetType::id, AssetType::parentId)
                            .contains(parentId),
                    "parentId",
                    "is the type itself or one of its sub-types");
            if (!current.archived()) {
                checkParent(existing, parentId, v);
            }
        }
        v.throwIfInvalid();
        catalog.updateType(
                new AssetType(current.id(), name, parentId, c.icon().orElse(current.icon()), current.archived()));
        return catalog.findType(current.id()).orElseThrow();
    }

    /** Assets keep an archived type; a type with live sub-types stays live. Archiving twice is harmless. */
    public AssetType archive(Actor actor, long id) {
        Actor.requireAdmin(actor);
        AssetType current = type(id);
        if (!current.archived()) {
            if (catalog.types().stream().anyMatch(t -> Objects.equals(t.parentId(), id) && !t.archived())) {
                throw DomainException.conflict(
                        "Asset type '" + current.name() + "' has live sub-types; archive or move them first");
            }
            catalog.updateType(new AssetType(id, current.name(), current.parentId(), current.icon(), true));
        }
        return catalog.findType(id).orElseThrow();
    }

    /** Offers the type again; not below an archived parent. Unarchiving a live type is harmless. */
    public AssetType unarchive(Actor actor, long id) {
        Actor.requireAdmin(actor);
        AssetType current = type(id);
        if (current.archived()) {
            Optional<AssetType> parent = Optional.ofNullable(current.parentId()).flatMap(catalog::findType);
            if (parent.filter(AssetType::archived).isPresent()) {
                throw DomainException.conflict("Asset type '" + current.name() + "' is below the archived type '"
                        + parent.get().name() + "'; unarchive that first");
            }
            catalog.updateType(new AssetType(id, current.name(), current.parentId(), current.icon(), false));
        }
        return catalog.findType(id).orElseThrow();
    }

    private static void checkNameFree(List<AssetType> existing, String name, Long self, Validation v) {
        v.check(
                existing.stream()
                        .noneMatch(
                                t -> !Objects.equals(t.id(), self) && t.name().equalsIgnoreCase(name)),
                "name",
                "is already taken");
    }

    private static void checkParent(List<AssetType> existing, long parentId, Validation v) {
        Optional<AssetType> parent =
                existing.stream().filter(t -> t.id() == parentId).findFirst();
        v.check(parent.isPresent(), "parentId", "is not an existing asset type");
        v.check(parent.map(p -> !p.archived()).orElse(true), "parentId", "is archived");
    }

    private AssetType type(long id) {
        return catalog.findType(id).orElseThrow(() -> DomainException.notFound("Asset type", id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
