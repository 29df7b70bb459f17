package io.polydesk.api.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared buckets that never take the server down with them: while the shared store fails, requests are counted
 * in this process (as without Redis), the outage is logged once when it starts and once when it ends, and each
 * request counted so is added to {@code polydesk.ratelimit.redis.fallbacks}. After a failure the shared store is
 * left alone for the retry interval, so an outage costs no request a timeout.
 */
final class FailOpenBuckets implements BucketStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FailOpenBuckets.class);

    private final BucketStore shared;
    private final BucketStore local;
    private final long retryNanos;
    private final Counter fallbacks;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile long retryAt;

    FailOpenBuckets(BucketStore shared, BucketStore local, Duration retryInterval, MeterRegistry meters) {
        this.shared = shared;
        this.local = local;
        this.retryNanos = retryInterval.toNanos();
        this.fallbacks = Counter.builder("polydesk.ratelimit.redis.fallbacks")
                .description("Requests counted in this process because the shared rate-limit store was unreachable")
                .register(meters);
    }

    @Override
    public ConsumptionProbe consume(String key, BucketConfiguration configuration, long tokens) {
        if (down.get() && System.nanoTime() - retryAt < 0) {
            return fallBack(key, configuration, tokens);
        }
        try {
            ConsumptionProbe probe = shared.consume(key, configuration, tokens);
            if (down.compareAndSet(true, false)) {
                log.info("The shared rate-limit store is reachable again; limits are shared across nodes once more");
            }
            return probe;
        } catch (RuntimeException e) {
            retryAt = System.nanoTime() + retryNanos;
            if (down.compareAndSet(false, true)) {
                log.warn(
                        "The shared rate-limit store is unreachable; each node counts on its own until it returns: {}",
                        e.toString());
            }
            return fallBack(key, configuration, tokens);
        }
    }

    /** Lets go of the shared store's connection when the application stops. */
    @Override
    public void close() throws Exception {
        if (shared instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private ConsumptionProbe fallBack(String key, BucketConfiguration configuration, long tokens) {
        fallbacks.increment();
        return local.consume(key, configuration, tokens);
    }
}
