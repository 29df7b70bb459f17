package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.user.UserQueries;
import org.springframework.stereotype.Component;

/** {@code Authorization}: clients check their credentials by asking who they are. */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitAuthorizationMethods implements JitbitMethods {

    private final UserQueries users;
    private final JitbitUserViews views;

    JitbitAuthorizationMethods(UserQueries users, JitbitUserViews views) {
        this.users = users;
        this.views = views;
    }

    @Override
    public void register(JitbitRoutes routes) {
        routes.read("Authorization", call -> views.one(call.actor(), users.me(call.actor())));
    }
}
