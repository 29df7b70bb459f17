package io.polydesk.compat.support;

import java.time.Duration;

/**
 * Requests one credential may make per period: a signed-in user, or one client address without credentials.
 *
 * @param authenticated requests a signed-in user may make per period
 * @param anonymous requests one client address may make per period without credentials
 */
public record RateLimit(long authenticated, long anonymous, Duration period) {

    public RateLimit {
        if (authenticated < 1 || anonymous < 1 || period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs positive counts and a positive period");
        }
    }
}
