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

    /** Registering and changing assets is for agents and administrators. */
    public static boolean canWrite(Actor actor) {
        return actor.isStaff();
    }

    /** Whether {@code actor} may update, assign or unassign this asset: staff, while it is not archived. */
    public static boolean canUpdate(Actor actor, Asset asset) {
        return canWrite(actor) && !asset.archived();
    }

    /** Whether {@code actor} may archive this asset: staff; archiving an archived asset again changes nothing. */
    public static boolean canArchive(Actor actor, Asset asset) {
        return canWrite(actor);
    }

    /** What {@code actor} may do with an asset, as the services enforce it, for a UI to show. */
    public static AssetPermissions permissions(Actor actor, Asset asset) {
        return new AssetPermissions(canUpdate(actor, asset), canArchive(actor, asset));
    }

    /** Notes are the service desk's working notes: staff only, like internal comments. */
    public static boolean canSeeNotes(Actor actor) {
        return actor.isStaff();
    }

    public static boolean canChangeNote(Actor actor, AssetNote note) {
        return actor.isAdmin() || (note.authorId() != null && note.authorId() == actor.userId());
    }
}
