package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.StaleVersionException;
import org.springframework.stereotype.Component;

/**
 * Loads an asset for a write, which only staff make, and holds the rules every asset write shares: an archived
 * asset stays as it is, and a write against an older lock version is a conflict.
 */
@Component
class StaffAssetAccess {

    private final AssetRepository assets;

    StaffAssetAccess(AssetRepository assets) {
        this.assets = assets;
    }

    Asset load(Actor actor, long assetId) {
        Actor.require(actor);
        if (!AssetPolicy.canWrite(actor)) {
            throw DomainException.forbidden("Only agents and administrators may do this");
        }
        return assets.findById(assetId).orElseThrow(() -> DomainException.notFound("Asset", assetId));
    }

    /** Like {@link #load}, but refuses an archived asset ({@link AssetPolicy#canUpdate}). */
    Asset loadLive(Actor actor, long assetId) {
        Asset asset = load(actor, assetId);
        if (!AssetPolicy.canUpdate(actor, asset)) {
            throw DomainException.conflict("Asset " + assetId + " is archived and cannot be changed");
        }
        return asset;
    }

    /** Refuses the write when the caller names a version and it is not the current one. */
    static void checkVersion(Asset current, Integer expectedLockVersion) {
        if (expectedLockVersion != null && expectedLockVersion != current.lockVersion()) {
            throw stale(current);
        }
    }

    static DomainException stale(Asset current) {
        return new StaleVersionException("Asset " + current.id() + " was changed by someone else (now at version "
                + current.lockVersion() + "); reload it and try again");
    }
}
