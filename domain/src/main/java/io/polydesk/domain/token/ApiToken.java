package io.polydesk.domain.token;

import java.time.Instant;

/**
 * A personal API token. Only its hash is kept; {@code prefix} (the first characters) lets a user tell
 * their tokens apart in a listing. It belongs to the password version it was created under.
 */
public record ApiToken(
        long id,
        long userId,
        String name,
        String prefix,
        int passwordVersion,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
