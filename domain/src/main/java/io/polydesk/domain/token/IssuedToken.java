package io.polydesk.domain.token;

import io.polydesk.domain.user.User;
import java.time.Instant;

/** A freshly signed access token and when it stops working. */
public record IssuedToken(String token, Instant expiresAt, User user) {}
