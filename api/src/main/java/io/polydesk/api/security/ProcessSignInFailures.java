package io.polydesk.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.polydesk.domain.user.SignInFailures;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs of failed sign-ins, counted in this process: without Redis, and while Redis is away. Bounded, and a run is forgotten an
 * hour after its last failure, so a flood of made-up logins cannot exhaust memory.
 */
class ProcessSignInFailures implements SignInFailures {

    private record Run(int failures, Instant blockedUntil) {}

    private final Cache<String, Run> runs = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    @Override
    public Optional<Instant> blockedUntil(String key, Instant now) {
        Run run = runs.getIfPresent(key);
        return run == null || run.blockedUntil() == null || !run.blockedUntil().isAfter(now)
                ? Optional.empty()
                : Optional.of(run.blockedUntil());
    }

    @Override
    public void failed(String key, int threshold, Duration block, Instant now) {
        runs.asMap().compute(key, (k, run) -> {
            int failures = run == null || run.blockedUntil() != null ? 1 : run.failures() + 1;
            return failures >= threshold ? new Run(0, now.plus(block)) : new Run(failures, null);
        });
    }

    @Override
    public void succeeded(String key) {
        runs.invalidate(key);
    }
}
