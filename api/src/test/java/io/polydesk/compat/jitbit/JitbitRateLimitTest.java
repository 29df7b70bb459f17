package io.polydesk.compat.jitbit;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Jitbit counts each method on its own; {@code Search} and {@code UserByEmail} get two thirds of the limit (60 of
 * the document's 90). Here the override makes it 3 per method, so those two get 2.
 */
@PolydeskIntegrationTest
@TestPropertySource(
        properties = {
            "polydesk.rate-limit.surfaces.jitbit.authenticated=3",
            "polydesk.rate-limit.surfaces.jitbit.anonymous=3"
        })
class JitbitRateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void eachMethodHasItsOwnBucketAnd429CarriesRetryAfter() {
        TestUser agent = new TestUsers(context).agent();
        JitbitClient client = JitbitClient.as(port, agent);

        JitbitClient.Reply first = client.get("/api/Authorization").expect(200);
        assertThat(first.header("X-RateLimit-Limit")).isEqualTo("3");
        assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("2");
        assertThat(Long.parseLong(first.header("X-RateLimit-Reset")))
                .isGreaterThan(System.currentTimeMillis() / 1000 - 1);
        client.get("/api/authorization").expect(200);
        client.get("/API/Authorization").expect(200);
        JitbitClient.Reply limited = client.get("/api/Authorization").expect(429);
        assertThat(limited.header("Retry-After")).isNotNull();
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(limited.json().isString()).isTrue();

        // Another method still has its own three calls.
        assertThat(client.get("/api/Tickets").expect(200).header("X-RateLimit-Remaining"))
                .isEqualTo("2");
    }

    @Test
    void searchGetsTwoThirdsOfTheLimit() {
        TestUser agent = new TestUsers(context).agent();
        JitbitClient client = JitbitClient.as(port, agent);

        JitbitClient.Reply first = client.get("/api/Search?query=printer").expect(200);
        assertThat(first.header("X-RateLimit-Limit")).isEqualTo("2");
        client.get("/api/search?query=printer").expect(200);
        client.get("/api/Search?query=printer").expect(429);
    }
}
