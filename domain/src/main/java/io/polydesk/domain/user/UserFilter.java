package io.polydesk.domain.user;

import io.polydesk.domain.shared.Role;

/** Narrows a user listing; null fields do not filter. */
public record UserFilter(String text, Role role, Boolean active) {

    public static UserFilter all() {
        return new UserFilter(null, null, null);
    }

    /** Active or archived users of one role, or of every role when the role is null. */
    public static UserFilter of(Role role, boolean active) {
        return new UserFilter(null, role, active);
    }
}
