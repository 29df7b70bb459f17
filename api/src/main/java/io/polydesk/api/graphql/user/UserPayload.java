package io.polydesk.api.graphql.user;

import io.polydesk.domain.user.User;

/** The payload of the user mutations: the account as it is after the write. */
public record UserPayload(User user) {}
