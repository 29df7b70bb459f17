package io.polydesk.domain.asset;

import io.polydesk.domain.shared.Actor;
import java.util.Collection;

/** Who sees which asset: staff see every asset; customers only live assets they own or are assigned to. */
public final class AssetPolicy {

    private AssetPolicy() {}

    public static boolean canView(Actor actor, Asset asset, Collection<Long> assignedUserIds) {
        if (actor.isStaff()) {
            return true;
        }
        return !asset.archived()
                && ((asset.ownerId() != null && asset.ownerId() == actor.userId())
                        || assignedUserIds.contains(actor.userId()));
    }

    /** Notes are the service desk's working notes: staff only, like internal comments. */
    public static boolean canSeeNotes(Actor actor) {
        return actor.isStaff();
    }

    public static boolean canChangeNote(Actor actor, AssetNote note) {
        return actor.isAdmin() || (note.authorId() != null && note.authorId() == actor.userId());
    }
}
