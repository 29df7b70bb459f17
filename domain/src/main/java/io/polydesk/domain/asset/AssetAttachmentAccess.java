package io.polydesk.domain.asset;

import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentOwnerAccess;
import io.polydesk.domain.attachment.OwnerKind;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Files on an asset: staff attach them to live assets; whoever may see the asset (customers: the assets they own
 * or are assigned to) may see its files.
 */
@Component
class AssetAttachmentAccess implements AttachmentOwnerAccess {

    private final AssetAccess access;

    AssetAttachmentAccess(AssetAccess access) {
        this.access = access;
    }

    @Override
    public OwnerKind kind() {
        return OwnerKind.ASSET;
    }

    @Override
    public Long requireChangeable(Actor actor, long assetId) {
        Asset asset = access.visible(actor, assetId);
        if (!actor.isStaff()) {
            throw DomainException.forbidden("Only agents and administrators may attach files to assets");
        }
        if (asset.archived()) {
            throw DomainException.conflict("Asset " + assetId + " is archived and cannot be changed");
        }
        return null;
    }

    @Override
    public boolean canView(Actor actor, Attachment attachment) {
        try {
            access.visible(actor, attachment.ownerId());
            return true;
        } catch (DomainException e) {
            return false;
        }
    }
}
