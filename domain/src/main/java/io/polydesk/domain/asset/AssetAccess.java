package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Loads an asset the caller may see. An invisible asset answers "not found", not "forbidden", so that a
 * customer cannot probe which assets exist.
 */
@Component
public class AssetAccess {

    private final AssetRepository assets;

    public AssetAccess(AssetRepository assets) {
        this.assets = assets;
    }

    public Asset visible(Actor actor, long assetId) {
        Actor.require(actor);
        return assets.findById(assetId)
                .filter(a -> actor.isStaff() || AssetPolicy.canView(actor, a, assignedUserIds(a.id())))
                .orElseThrow(() -> DomainException.notFound("Asset", assetId));
    }

    List<Long> assignedUserIds(long assetId) {
        return assets.usersOf(List.of(assetId)).stream().map(AssetUser::userId).toList();
    }
}
