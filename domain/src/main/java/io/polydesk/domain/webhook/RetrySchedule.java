package io.polydesk.domain.webhook;

import java.time.Duration;

/**
 * Exponential backoff with jitter: after the n-th failed attempt, wait {@code first * 2^(n-1)}, at most {@code
 * max}, less a random part of up to half, so receivers coming back up are not hit by every sender at once.
 */
public final class RetrySchedule {

    private RetrySchedule() {}

    /** {@code random} in [0, 1); {@code retryAfter}, a receiver's own wish (429), is honoured up to {@code max}. */
    public static Duration delay(int failedAttempts, Duration first, Duration max, Duration retryAfter, double random) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        long millis = Math.min(first.toMillis() << doublings, max.toMillis());
        long jittered = millis - (long) (millis * 0.5 * random);
        if (retryAfter != null && retryAfter.toMillis() > jittered) {
            jittered = Math.min(retryAfter.toMillis(), max.toMillis());
        }
        return Duration.ofMillis(Math.max(jittered, 1));
    }
}
