package io.polydesk.api.graphql.viewer;

import io.polydesk.domain.user.User;

/** The settings the domain keeps for a user that a UI applies for them; today only the time zone. */
record ViewerPreferences(String timeZone) {

    static ViewerPreferences of(User user) {
        return new ViewerPreferences(user.timeZone());
    }
}
