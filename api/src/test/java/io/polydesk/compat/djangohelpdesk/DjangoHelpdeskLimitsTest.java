package io.polydesk.compat.djangohelpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.djangohelpdesk.DjangoHelpdeskClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** Rate-limit headers, 429 and 413 in DRF's shape. */
@PolydeskIntegrationTest
@TestPropertySource(properties = "polydesk.rate-limit.surfaces.django-helpdesk.authenticated=3")
class DjangoHelpdeskLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void pastTheLimitIsDrfsThrottledAnswer() {
        TestUser agent = new TestUsers(context).agent();
        DjangoHelpdeskClient client = DjangoHelpdeskClient.as(port, agent);

        Reply first = client.get("/tickets/").expect(200);
        assertThat(first.header("X-RateLimit-Limit")).isEqualTo("3");
        assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("2");
        assertThat(first.header("X-RateLimit-Reset")).isNotNull();
        client.get("/tickets/").expect(200);
        client.get("/tickets/").expect(200);

        Reply throttled = client.get("/tickets/").expect(429);
        String retryAfter = throttled.header("Retry-After");
        assertThat(retryAfter).matches("\\d+");
        assertThat(throttled.json().get("detail").asString())
                .isEqualTo("Request was throttled. Expected available in " + retryAfter
                        + (retryAfter.equals("1") ? " second." : " seconds."));
    }

    @Test
    void aBodyOverTheLimitIs413WithADetail() {
        TestUser agent = new TestUsers(context).agent();
        String huge = "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        Reply reply = DjangoHelpdeskClient.as(port, agent).post("/tickets/", huge);

        // A fresh user has a fresh allowance, so the size is what is refused.
        reply.expect(413);
        assertThat(reply.json().get("detail").asString()).isEqualTo("Request body is larger than this server accepts.");
    }
}
