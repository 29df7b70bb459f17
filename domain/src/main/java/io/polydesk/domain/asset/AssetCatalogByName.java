package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manufacturers, suppliers, types and locations named while staff register or change an asset, as legacy APIs
 * name them: the live entry of that name (ignoring case), or a new top-level one. Registering an asset is staff
 * work, so naming a new entry there registers it for agents too; managing the lists stays with administrators.
 */
@Service
public class AssetCatalogByName {

    private final AssetVendorRepository vendors;
    private final AssetCatalogRepository catalog;
    private final Clock clock;

    public AssetCatalogByName(AssetVendorRepository vendors, AssetCatalogRepository catalog, Clock clock) {
        this.vendors = vendors;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    public AssetVendor vendor(Actor actor, VendorKind kind, String name, String field) {
        Actor.requireStaff(actor);
        String clean = checked(name, AssetLimits.NAME, field);
        Optional<AssetVendor> existing = vendors.findByName(kind, clean);
        if (existing.isPresent()) {
            return live(existing.get().archived(), field, existing.get());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long id = vendors.insert(new AssetVendor(0, kind, clean, false, now, now));
        return vendors.findById(kind, id).orElseThrow();
    }

    @Transactional
    public AssetType type(Actor actor, String name, String field) {
        Actor.requireStaff(actor);
        String clean = checked(name, AssetLimits.TYPE_NAME, field);
        Optional<AssetType> existing = catalog.types().stream()
                .filter(t -> t.name().equalsIgnoreCase(clean))
                .findFirst();
        if (existing.isPresent()) {
            return live(existing.get().archived(), field, existing.get());
        }
        long id = catalog.insertType(new AssetType(0, clean, null, null, false));
        return catalog.findType(id).orElseThrow();
    }

    @Transactional
    public Location location(Actor actor, String name, String field) {
        Actor.requireStaff(actor);
        String clean = checked(name, AssetLimits.LOCATION_NAME, field);
        Optional<Location> existing = catalog.locations().stream()
                .filter(l -> l.name().equalsIgnoreCase(clean) && !l.archived())
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = catalog.insertLocation(new Location(0, clean, null, false));
        return catalog.findLocation(id).orElseThrow();
    }

    private static String checked(String name, int max, String field) {
        new Validation().required(name, field).maxLength(name, max, field).throwIfInvalid();
        return name.strip();
    }

    private static <T> T live(boolean archived, String field, T entry) {
        if (archived) {
            throw DomainException.invalid(field, "names an archived entry");
        }
        return entry;
    }
}
