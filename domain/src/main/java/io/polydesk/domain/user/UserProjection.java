package io.polydesk.domain.user;

import io.polydesk.domain.shared.Actor;

/**
 * What one person may see of another, on every surface: staff and the person themselves see everything; anyone
 * else sees who it is (id, username, name, role) but no way to reach them (e-mail, phone, mobile), and never
 * anything of the credentials.
 */
public final class UserProjection {

    private UserProjection() {}

    public static boolean seesContactDetails(Actor viewer, User user) {
        return viewer != null && (viewer.isStaff() || viewer.userId() == user.id());
    }

    /** The user as {@code viewer} may see them; the password hash never leaves the domain this way. */
    public static User forViewer(Actor viewer, User user) {
        if (user == null) {
            return null;
        }
        boolean contact = seesContactDetails(viewer, user);
        return new User(
                user.id(),
                user.username(),
                contact ? user.email() : null,
                user.firstName(),
                user.lastName(),
                user.role(),
                contact ? user.phone() : null,
                contact ? user.mobile() : null,
                user.jobTitle(),
                contact ? user.timeZone() : null,
                user.active(),
                null,
                user.passwordVersion(),
                user.createdAt(),
                user.updatedAt());
    }
}
