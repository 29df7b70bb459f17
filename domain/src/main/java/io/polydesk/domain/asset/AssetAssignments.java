package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff assign a live asset to one more user, or take it away from one, without touching its other fields. */
@Service
public class AssetAssignments {

    private final AssetRepository assets;
    private final StaffAssetAccess access;
    private final AssetReferences references;
    private final Clock clock;

    public AssetAssignments(AssetRepository assets, StaffAssetAccess access, AssetReferences references, Clock clock) {
        this.assets = assets;
        this.access = access;
        this.references = references;
        this.clock = clock;
    }

    @Transactional
    public Asset assign(Actor actor, long assetId, long userId) {
        Asset asset = access.loadLive(actor, assetId);
        Validation v = new Validation();
        references.checkUsers(List.of(userId), v);
        v.throwIfInvalid();
        assets.addUser(assetId, userId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return asset;
    }

    @Transactional
    public Asset unassign(Actor actor, long assetId, long userId) {
        Asset asset = access.loadLive(actor, assetId);
        if (!assets.removeUser(assetId, userId)) {
            throw DomainException.invalid("userId", "is not assigned to this asset");
        }
        return asset;
    }
}
