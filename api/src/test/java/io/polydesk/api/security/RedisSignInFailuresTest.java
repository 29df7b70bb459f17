package io.polydesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.ratelimit.RateLimitProperties;
import io.polydesk.api.testing.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two stores over one Redis stand for two nodes: a block earned through one holds in the other. */
class RedisSignInFailuresTest {

    private static RedisSignInFailures store(String prefix) {
        return new RedisSignInFailures(new RateLimitProperties.Redis(
                TestRedis.configured().url(), prefix, Duration.ofSeconds(5), Duration.ofSeconds(5)));
    }

    @Test
    void aBlockEarnedOnOneNodeHoldsOnTheOtherAndEnds() throws Exception {
        TestRedis.require();
        String prefix = "polydesk-test:" + UUID.randomUUID() + ":";
        try (RedisSignInFailures first = store(prefix);
                RedisSignInFailures second = store(prefix)) {
            Instant now = Instant.now();
            first.failed("account:1", 3, Duration.ofMinutes(5), now);
            second.failed("account:1", 3, Duration.ofMinutes(5), now);
            assertThat(first.blockedUntil("account:1", now)).isEmpty();
            first.failed("account:1", 3, Duration.ofMinutes(5), now);
            assertThat(second.blockedUntil("account:1", now))
                    .contains(
                            Instant.ofEpochMilli(now.plus(Duration.ofMinutes(5)).toEpochMilli()));
            assertThat(second.blockedUntil("account:1", now.plus(Duration.ofMinutes(6))))
                    .isEmpty();
            assertThat(second.blockedUntil("account:2", now)).isEmpty();
            second.succeeded("account:1");
            assertThat(first.blockedUntil("account:1", now)).isEmpty();
        }
    }

    @Test
    void whileRedisIsAwayEachNodeCountsOnItsOwn() throws Exception {
        try (FailOpenSignInFailures guarded = new FailOpenSignInFailures(
                new RedisSignInFailures(new RateLimitProperties.Redis(
                        "redis://127.0.0.1:1", "x:", Duration.ofMillis(200), Duration.ofSeconds(5))),
                new ProcessSignInFailures(),
                Duration.ofSeconds(5),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry())) {
            Instant now = Instant.now();
            guarded.failed("account:9", 2, Duration.ofMinutes(1), now);
            guarded.failed("account:9", 2, Duration.ofMinutes(1), now);
            assertThat(guarded.blockedUntil("account:9", now)).isPresent();
        }
    }
}
