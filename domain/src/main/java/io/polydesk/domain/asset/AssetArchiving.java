package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deleting an asset is a soft delete: the asset leaves every listing and keeps its notes and links. */
@Service
public class AssetArchiving {

    private final AssetRepository assets;
    private final StaffAssetAccess access;
    private final Clock clock;

    public AssetArchiving(AssetRepository assets, StaffAssetAccess access, Clock clock) {
        this.assets = assets;
        this.access = access;
        this.clock = clock;
    }

    /** Archiving twice is harmless. */
    @Transactional
    public Asset archive(Actor actor, long assetId, Integer expectedLockVersion) {
        Asset current = access.load(actor, assetId);
        StaffAssetAccess.checkVersion(current, expectedLockVersion);
        if (current.archived()) {
            return current;
        }
        Asset archived = current.toBuilder()
                .archived(true)
                .updatedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .build();
        if (!assets.update(archived, current.lockVersion())) {
            throw StaffAssetAccess.stale(current);
        }
        return assets.findById(assetId).orElseThrow();
    }
}
