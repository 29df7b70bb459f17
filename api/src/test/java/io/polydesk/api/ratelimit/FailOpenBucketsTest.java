package io.polydesk.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class FailOpenBucketsTest {

    private final BucketConfiguration twoPerHour = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(2).refillGreedy(2, Duration.ofHours(1)))
            .build();

    /** A shared store that can be switched off, counting the calls that reach it. */
    private static final class SwitchableStore implements BucketStore {
        final AtomicBoolean up = new AtomicBoolean(true);
        final AtomicInteger calls = new AtomicInteger();
        final LocalBuckets buckets = new LocalBuckets();

        @Override
        public ConsumptionProbe consume(String key, BucketConfiguration configuration, long tokens) {
            calls.incrementAndGet();
            if (!up.get()) {
                throw new IllegalStateException("Connection refused");
            }
            return buckets.consume(key, configuration, tokens);
        }
    }

    @Test
    void whileTheSharedStoreIsDownRequestsAreCountedHereLoggedOnceAndCounted(CapturedOutput output) throws Exception {
        SwitchableStore shared = new SwitchableStore();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        FailOpenBuckets buckets = new FailOpenBuckets(shared, new LocalBuckets(), Duration.ofMillis(200), meters);
        assertThat(buckets.consume("k", twoPerHour, 2).isConsumed()).isTrue();
        assertThat(buckets.consume("k", twoPerHour, 1).isConsumed()).isFalse();

        shared.up.set(false);
        ConsumptionProbe served = buckets.consume("k", twoPerHour, 1);
        buckets.consume("k", twoPerHour, 1);
        buckets.consume("k", twoPerHour, 1);

        assertThat(served.isConsumed()).as("the request is served").isTrue();
        assertThat(buckets.consume("k", twoPerHour, 1).isConsumed())
                .as("still limited, by this node alone")
                .isFalse();
        assertThat(shared.calls.get())
                .as("the store is left alone for the retry interval")
                .isEqualTo(3);
        assertThat(meters.counter("polydesk.ratelimit.redis.fallbacks").count()).isEqualTo(4);
        Thread.sleep(250);
        buckets.consume("k", twoPerHour, 1);
        assertThat(shared.calls.get()).as("tried again after the interval").isEqualTo(4);
        assertThat(output.getOut().split("rate-limit store is unreachable", -1))
                .as("one outage, one warning")
                .hasSize(2);

        shared.up.set(true);
        Thread.sleep(250);
        assertThat(buckets.consume("k", twoPerHour, 1).isConsumed())
                .as("counted in the shared bucket again, which is still empty")
                .isFalse();
        assertThat(output.getOut()).contains("rate-limit store is reachable again");
        assertThat(meters.counter("polydesk.ratelimit.redis.fallbacks").count()).isEqualTo(5);
    }
}
