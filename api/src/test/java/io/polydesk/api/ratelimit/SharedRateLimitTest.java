package io.polydesk.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import io.polydesk.api.testing.CuttableTcpProxy;
import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestRedis;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole server counting in the machine's Redis, reached through a proxy the test can cut: limits live in
 * Redis, the server keeps answering while Redis is away, and finds the shared counts again when it returns.
 */
@PolydeskIntegrationTest
@TestPropertySource(
        properties = {
            "polydesk.rate-limit.surfaces.ticketing-v1.anonymous=3",
            "polydesk.rate-limit.surfaces.ticketing-v1.period=1h",
            "polydesk.rate-limit.redis.retry-interval=200ms",
            // A cold JVM on a busy machine may take a while for the first connection.
            "polydesk.rate-limit.redis.timeout=5s"
        })
class SharedRateLimitTest {

    private static final String PREFIX = "polydesk-test:" + UUID.randomUUID() + ":";
    private static TestRedis.Server redis;
    private static CuttableTcpProxy proxy;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void redisAnswers() {
        redis = TestRedis.require();
    }

    @DynamicPropertySource
    static void redisThroughTheProxy(DynamicPropertyRegistry registry) {
        redis = TestRedis.require();
        proxy = CuttableTcpProxy.to(redis.host(), redis.port()).restore();
        registry.add("polydesk.rate-limit.redis.url", () -> "redis://127.0.0.1:" + proxy.port());
        registry.add("polydesk.rate-limit.redis.key-prefix", () -> PREFIX);
    }

    @AfterAll
    static void closeProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    private HttpResponse<String> anonymousTickets() {
        return HttpTestClient.exchange(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tickets"))
                        .GET());
    }

    @Test
    void limitsAreKeptInRedisAndSurviveItsOutage() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(anonymousTickets().statusCode()).isEqualTo(401);
        }
        assertThat(anonymousTickets().statusCode()).isEqualTo(429);
        assertThat(redisKeys()).as("the bucket is in Redis under the prefix").isNotEmpty();

        proxy.cut();
        HttpResponse<String> duringOutage = anonymousTickets();

        assertThat(duringOutage.statusCode())
                .as("served, counted by this node alone")
                .isEqualTo(401);
        assertThat(duringOutage.headers().firstValue("X-RateLimit-Limit")).contains("3");
        assertThat(meters.counter("polydesk.ratelimit.redis.fallbacks").count()).isPositive();

        proxy.restore();
        assertThat(eventuallyStatus(429))
                .as("the exhausted bucket in Redis counts again")
                .isEqualTo(429);
    }

    /** Asks until the answer has the status, or 20 seconds pass (Lettuce reconnects in the background). */
    private int eventuallyStatus(int wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status;
        do {
            status = anonymousTickets().statusCode();
            if (status == wanted) {
                return status;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return status;
    }

    private java.util.List<String> redisKeys() {
        RedisClient client = RedisClient.create(redis.url());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().keys(PREFIX + "*");
        } finally {
            client.shutdown();
        }
    }
}
