package io.polydesk.api.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.polydesk.domain.user.SignInFailures;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared sign-in counts with the same fallback as the rate limits: while Redis fails, this node counts on its
 * own, the outage is logged once when it starts and once when it ends, each call so counted adds to
 * {@code polydesk.signin.redis.fallbacks}, and Redis is left alone for the retry interval after a failure.
 */
final class FailOpenSignInFailures implements SignInFailures, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FailOpenSignInFailures.class);

    private final SignInFailures shared;
    private final SignInFailures local;
    private final long retryNanos;
    private final Counter fallbacks;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile long retryAt;

    FailOpenSignInFailures(SignInFailures shared, SignInFailures local, Duration retryInterval, MeterRegistry meters) {
        this.shared = shared;
        this.local = local;
        this.retryNanos = retryInterval.toNanos();
        this.fallbacks = Counter.builder("polydesk.signin.redis.fallbacks")
                .description("Sign-in failures counted in this process because the shared store was unreachable")
                .register(meters);
    }

    @Override
    public Optional<Instant> blockedUntil(String key, Instant now) {
        return either(() -> shared.blockedUntil(key, now), () -> local.blockedUntil(key, now));
    }

    @Override
    public void failed(String key, int threshold, Duration block, Instant now) {
        either(
                () -> {
                    shared.failed(key, threshold, block, now);
                    return null;
                },
                () -> {
                    local.failed(key, threshold, block, now);
                    return null;
                });
    }

    @Override
    public void succeeded(String key) {
        local.succeeded(key);
        either(
                () -> {
                    shared.succeeded(key);
                    return null;
                },
                () -> null);
    }

    private <T> T either(Supplier<T> sharedCall, Supplier<T> localCall) {
        if (down.get() && System.nanoTime() - retryAt < 0) {
            fallbacks.increment();
            return localCall.get();
        }
        try {
            T result = sharedCall.get();
            if (down.compareAndSet(true, false)) {
                log.info("The shared sign-in store is reachable again; lockouts hold across nodes once more");
            }
            return result;
        } catch (RuntimeException e) {
            retryAt = System.nanoTime() + retryNanos;
            if (down.compareAndSet(false, true)) {
                log.warn(
                        "The shared sign-in store is unreachable; each node counts failed sign-ins on its own: {}",
                        e.toString());
            }
            fallbacks.increment();
            return localCall.get();
        }
    }

    @Override
    public void close() throws Exception {
        if (shared instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
