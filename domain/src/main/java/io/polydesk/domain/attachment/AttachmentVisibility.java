package io.polydesk.domain.attachment;

import io.polydesk.domain.shared.Actor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who may see one attachment: a pending upload only its uploader; a bound one whoever may see its owner, as
 * the owner kind's {@link AttachmentOwnerAccess} decides. A kind without one is visible to nobody.
 */
@Component
public class AttachmentVisibility {

    private final Map<OwnerKind, AttachmentOwnerAccess> owners = new EnumMap<>(OwnerKind.class);

    public AttachmentVisibility(List<AttachmentOwnerAccess> accesses) {
        for (AttachmentOwnerAccess access : accesses) {
            if (owners.put(access.kind(), access) != null) {
                throw new IllegalStateException("Two owner accesses for " + access.kind());
            }
        }
    }

    public boolean canView(Actor actor, Attachment attachment) {
        if (attachment.pending()) {
            return attachment.uploadedBy() == actor.userId();
        }
        AttachmentOwnerAccess owner = owners.get(attachment.ownerKind());
        return owner != null && owner.canView(actor, attachment);
    }

    /** The access rules for one kind of owner, or null when that kind cannot hold attachments yet. */
    AttachmentOwnerAccess owner(OwnerKind kind) {
        return owners.get(kind);
    }
}
