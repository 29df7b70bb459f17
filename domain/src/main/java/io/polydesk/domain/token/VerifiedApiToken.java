package io.polydesk.domain.token;

import io.polydesk.domain.user.User;

/** A live API token, by its id, and the user it signs in. */
public record VerifiedApiToken(long tokenId, User user) {}
