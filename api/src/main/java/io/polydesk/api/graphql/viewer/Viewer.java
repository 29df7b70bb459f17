package io.polydesk.api.graphql.viewer;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.user.User;

/** The caller as {@code viewer} answers: the actor who asked and their own account. */
record Viewer(Actor actor, User user) {}
