package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators manage manufacturers and suppliers: create, rename, archive. Nothing is ever deleted. */
@Service
@Transactional
public class AssetVendorService {

    private final AssetVendorRepository vendors;
    private final Clock clock;

    public AssetVendorService(AssetVendorRepository vendors, Clock clock) {
        this.vendors = vendors;
        this.clock = clock;
    }

    public AssetVendor create(Actor actor, VendorKind kind, String name) {
        Actor.requireAdmin(actor);
        String clean = checkName(kind, name, null);
        Instant now = now();
        long id = vendors.insert(new AssetVendor(0, kind, clean, false, now, now));
        return vendors.findById(kind, id).orElseThrow();
    }

    public AssetVendor rename(Actor actor, VendorKind kind, long id, String name) {
        Actor.requireAdmin(actor);
        AssetVendor current = vendor(kind, id);
        String clean = checkName(kind, name, id);
        if (clean.equals(current.name())) {
            return current;
        }
        vendors.update(new AssetVendor(id, kind, clean, current.archived(), current.createdAt(), now()));
        return vendors.findById(kind, id).orElseThrow();
    }

    /** Assets keep naming an archived one; archiving twice is harmless. */
    public AssetVendor archive(Actor actor, VendorKind kind, long id) {
        Actor.requireAdmin(actor);
        AssetVendor current = vendor(kind, id);
        if (!current.archived()) {
            vendors.update(new AssetVendor(id, kind, current.name(), true, current.createdAt(), now()));
        }
        return vendors.findById(kind, id).orElseThrow();
    }

    private String checkName(VendorKind kind, String name, Long self) {
        String clean = name == null ? null : name.strip();
        Validation v = new Validation().required(clean, "name").maxLength(clean, AssetLimits.SHORT_TEXT, "name");
        if (clean != null && !clean.isEmpty()) {
            v.check(
                    vendors.findByName(kind, clean)
                            .filter(o -> self == null || o.id() != self)
                            .isEmpty(),
                    "name",
                    "is already taken");
        }
        v.throwIfInvalid();
        return clean;
    }

    private AssetVendor vendor(VendorKind kind, long id) {
        return vendors.findById(kind, id).orElseThrow(() -> DomainException.notFound(kind.label(), id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
