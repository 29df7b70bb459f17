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
 * Administrators manage the tree of locations: sibling names are unique ignoring case, a location never ends up
 * inside itself, and no live location sits inside an archived one.
 */
@Service
@Transactional
public class LocationService {

    private final AssetCatalogRepository catalog;

    public LocationService(AssetCatalogRepository catalog) {
        this.catalog = catalog;
    }

    public Location create(Actor actor, String name, Long parentId) {
        Actor.requireAdmin(actor);
        List<Location> existing = catalog.locations();
        Validation v = new Validation().required(name, "name").maxLength(name, AssetLimits.LOCATION_NAME, "name");
        if (parentId != null) {
            checkParent(existing, parentId, v);
        }
        if (name != null && !name.isBlank()) {
            checkNameFree(existing, name.strip(), parentId, null, v);
        }
        v.throwIfInvalid();
        long id = catalog.insertLocation(new Location(0, name.strip(), parentId, false));
        return catalog.findLocation(id).orElseThrow();
    }

    public Location update(Actor actor, UpdateLocation c) {
        Actor.requireAdmin(actor);
        Location current = location(c.id());
        List<Location> existing = catalog.locations();
        String name = c.name().orElse(current.name());
        Long parentId = c.parentId().orElse(current.parentId());
        boolean moved = !Objects.equals(parentId, current.parentId());
        Validation v = new Validation();
        if (parentId != null && moved) {
            v.check(
                    !Trees.subtree(current.id(), existing, Location::id, Location::parentId)
                            .contains(parentId),
                    "parentId",
                    "is the location itself or one inside it");
            if (!current.archived()) {
                checkParent(existing, parentId, v);
            }
        }
        if (c.name().isPresent() || moved) {
            checkNameFree(existing, name, parentId, current.id(), v);
        }
        v.throwIfInvalid();
        catalog.updateLocation(new Location(current.id(), name, parentId, current.archived()));
        return catalog.findLocation(current.id()).orElseThrow();
    }

    /** Assets keep an archived location; one with live locations inside stays live. Archiving twice is harmless. */
    public Location archive(Actor actor, long id) {
        Actor.requireAdmin(actor);
        Location current = location(id);
        if (!current.archived()) {
            if (catalog.locations().stream().anyMatch(l -> Objects.equals(l.parentId(), id) && !l.archived())) {
                throw DomainException.conflict(
                        "Location '" + current.name() + "' has live locations inside it; archive or move them first");
            }
            catalog.updateLocation(new Location(id, current.name(), current.parentId(), true));
        }
        return catalog.findLocation(id).orElseThrow();
    }

    /** Offers the location again; not inside an archived one. Unarchiving a live location is harmless. */
    public Location unarchive(Actor actor, long id) {
        Actor.requireAdmin(actor);
        Location current = location(id);
        if (current.archived()) {
            Optional<Location> parent = Optional.ofNullable(current.parentId()).flatMap(catalog::findLocation);
            if (parent.filter(Location::archived).isPresent()) {
                throw DomainException.conflict("Location '" + current.name() + "' is inside the archived location '"
                        + parent.get().name() + "'; unarchive that first");
            }
            catalog.updateLocation(new Location(id, current.name(), current.parentId(), false));
        }
        return catalog.findLocation(id).orElseThrow();
    }

    private static void checkNameFree(List<Location> existing, String name, Long parentId, Long self, Validation v) {
        v.check(
                existing.stream()
                        .noneMatch(l -> !Objects.equals(l.id(), self)
                                && Objects.equals(l.parentId(), parentId)
                                && l.name().equalsIgnoreCase(name)),
                "name",
                "is already taken at this level");
    }

    private static void checkParent(List<Location> existing, long parentId, Validation v) {
        Optional<Location> parent =
                existing.stream().filter(l -> l.id() == parentId).findFirst();
        v.check(parent.isPresent(), "parentId", "is not an existing location");
        v.check(parent.map(p -> !p.archived()).orElse(true), "parentId", "is archived");
    }

    private Location location(long id) {
        return catalog.findLocation(id).orElseThrow(() -> DomainException.notFound("Location", id));
    }
}
