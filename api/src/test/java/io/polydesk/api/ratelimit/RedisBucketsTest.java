package io.polydesk.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.BucketConfiguration;
import io.polydesk.api.testing.CuttableTcpProxy;
import io.polydesk.api.testing.TestRedis;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Buckets in the machine's Redis: what two nodes see of one bucket, and how a call fails while Redis is away. */
class RedisBucketsTest {

    private static TestRedis.Server redis;

    private final String prefix = "polydesk-test:" + UUID.randomUUID() + ":";
    private final BucketConfiguration threePerHour = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(3).refillGreedy(3, Duration.ofHours(1)))
            .build();

    @BeforeAll
    static void redisAnswers() {
        redis = TestRedis.require();
    }

    private RedisBuckets store(String url, String keyPrefix) {
        return new RedisBuckets(
                new RateLimitProperties.Redis(url, keyPrefix, Duration.ofSeconds(3), Duration.ofSeconds(5)));
    }

    @Test
    void twoNodesOnOneRedisDrawFromTheSameBucket() {
        try (RedisBuckets first = store(redis.url(), prefix);
                RedisBuckets second = store(redis.url(), prefix)) {
            assertThat(first.consume("graphql|user:7", threePerHour, 1).getRemainingTokens())
                    .isEqualTo(2);
            assertThat(second.consume("graphql|user:7", threePerHour, 1).getRemainingTokens())
                    .isEqualTo(1);
            assertThat(first.consume("graphql|user:7", threePerHour, 1).isConsumed())
                    .isTrue();

            assertThat(second.consume("graphql|user:7", threePerHour, 1).isConsumed())
                    .isFalse();
            assertThat(first.consume("graphql|user:8", threePerHour, 1).isConsumed())
                    .as("another caller has a bucket of their own")
                    .isTrue();
        }
    }

    @Test
    void installationsWithDifferentKeyPrefixesCountApart() {
        try (RedisBuckets first = store(redis.url(), prefix);
                RedisBuckets other = store(redis.url(), prefix + "other:")) {
            first.consume("arctyk|ip:127.0.0.1", threePerHour, 3);

            assertThat(other.consume("arctyk|ip:127.0.0.1", threePerHour, 1).getRemainingTokens())
                    .isEqualTo(2);
        }
    }

    @Test
    void aCallFailsQuicklyWhileRedisIsAwayAndWorksAgainWhenItReturns() {
        try (CuttableTcpProxy proxy = CuttableTcpProxy.to(redis.host(), redis.port());
                RedisBuckets store = store("redis://127.0.0.1:" + proxy.port(), prefix)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> store.consume("k", threePerHour, 1)).isInstanceOf(RuntimeException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));

            proxy.restore();
            assertThat(store.consume("k", threePerHour, 1).getRemainingTokens()).isEqualTo(2);

            proxy.cut();
            started = System.nanoTime();
            assertThatThrownBy(() -> store.consume("k", threePerHour, 1)).isInstanceOf(RuntimeException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));

            proxy.restore();
            assertThat(eventually(() -> store.consume("k", threePerHour, 1).getRemainingTokens()))
                    .as("the bucket kept in Redis, not a new one")
                    .isEqualTo(1);
        }
    }

    /** Lettuce reconnects in the background: the first calls after a restore may still fail. */
    static <T> T eventually(java.util.function.Supplier<T> call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
