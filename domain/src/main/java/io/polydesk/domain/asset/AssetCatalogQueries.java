package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reads of the asset catalog: types, statuses and locations, by id, by name or as lists. */
@Service
public class AssetCatalogQueries {

    private final AssetCatalogRepository catalog;

    public AssetCatalogQueries(AssetCatalogRepository catalog) {
        this.catalog = catalog;
    }

    /** Archived types only when asked for, and only for staff. */
    public List<AssetType> types(Actor actor, boolean includeArchived) {
        requireStaffForArchived(actor, includeArchived);
        return catalog.types().stream()
                .filter(t -> includeArchived || !t.archived())
                .toList();
    }

    /** In life-cycle order; archived ones only when asked for, and only for staff, as types and locations. */
    public List<AssetStatus> statuses(Actor actor, boolean includeArchived) {
        requireStaffForArchived(actor, includeArchived);
        return catalog.statuses().stream()
                .filter(s -> includeArchived || !s.archived())
                .toList();
    }

    /** Archived locations only when asked for, and only for staff. */
    public List<Location> locations(Actor actor, boolean includeArchived) {
        requireStaffForArchived(actor, includeArchived);
        return catalog.locations().stream()
                .filter(l -> includeArchived || !l.archived())
                .toList();
    }

    /** Every type, archived ones too, for dialects that name types: a filter by an archived type still works. */
    public List<AssetType> everyType(Actor actor) {
        Actor.require(actor);
        return catalog.types();
    }

    /** Every status, archived ones too, for dialects that name statuses: a filter by an archived one still works. */
    public List<AssetStatus> everyStatus(Actor actor) {
        Actor.require(actor);
        return catalog.statuses();
    }

    /** Every location, live ones first, for dialects that name locations; the service refuses archived ones. */
    public List<Location> everyLocation(Actor actor) {
        Actor.require(actor);
        return catalog.locations().stream()
                .sorted(Comparator.comparing(Location::archived))
                .toList();
    }

    private static void requireStaffForArchived(Actor actor, boolean includeArchived) {
        if (includeArchived) {
            Actor.requireStaff(actor);
        } else {
            Actor.require(actor);
        }
    }

    /** Types by id from the one small lookup table, for batch loading. */
    public Map<Long, AssetType> typesByIds(Collection<Long> ids) {
        return byIds(catalog.types(), AssetType::id, ids);
    }

    public Map<Long, AssetStatus> statusesByIds(Collection<Long> ids) {
        return byIds(catalog.statuses(), AssetStatus::id, ids);
    }

    public Map<Long, Location> locationsByIds(Collection<Long> ids) {
        return byIds(catalog.locations(), Location::id, ids);
    }

    /** A type by its name ignoring case, for dialects that name types instead of numbering them. */
    public Optional<AssetType> typeNamed(String name) {
        return name == null
                ? Optional.empty()
                : catalog.types().stream()
                        .filter(t -> t.name().equalsIgnoreCase(name.strip()))
                        .findFirst();
    }

    /** A status by its code or its name ignoring case. */
    public Optional<AssetStatus> statusNamed(String name) {
        return name == null
                ? Optional.empty()
                : catalog.statuses().stream()
                        .filter(s -> s.key().equalsIgnoreCase(name.strip())
                                || s.name().equalsIgnoreCase(name.strip()))
                        .findFirst();
    }

    /** A location by its name ignoring case; the first one in id order when several share a name. */
    public Optional<Location> locationNamed(String name) {
        return name == null
                ? Optional.empty()
                : catalog.locations().stream()
                        .filter(l -> l.name().equalsIgnoreCase(name.strip()))
                        .findFirst();
    }

    private static <T> Map<Long, T> byIds(List<T> all, ToLongFunction<T> id, Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        return all.stream()
                .filter(t -> wanted.contains(id.applyAsLong(t)))
                .collect(Collectors.toMap(id::applyAsLong, Function.identity()));
    }
}
