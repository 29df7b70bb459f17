package io.polydesk.domain.user;

import io.polydesk.domain.shared.Role;

/** Narrows a user listing; null fields do not filter. */
public record UserFilter(String text, Role role, Boolean active) {

    public static UserFilter all() {
        return new UserFilter(null, null, null);
    }
}
