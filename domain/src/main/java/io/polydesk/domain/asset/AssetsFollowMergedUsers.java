package io.polydesk.domain.asset;

import io.polydesk.domain.merge.UserMergeParticipant;
import org.springframework.stereotype.Component;

/** A merged user's assets, assignments and notes become the target user's. */
@Component
class AssetsFollowMergedUsers implements UserMergeParticipant {

    private final AssetRepository assets;

    AssetsFollowMergedUsers(AssetRepository assets) {
        this.assets = assets;
    }

    @Override
    public void usersMerged(long sourceId, long targetId) {
        assets.moveUser(sourceId, targetId);
    }
}
