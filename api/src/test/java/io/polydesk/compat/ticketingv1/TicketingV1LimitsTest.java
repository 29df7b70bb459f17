package io.polydesk.compat.ticketingv1;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.support.RateLimit;
import io.polydesk.compat.ticketingv1.TicketingV1Client.Reply;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** Rate limits (headers on every answer, 429 in the envelope) and size limits (413 in the envelope). */
@PolydeskIntegrationTest
@TestPropertySource(
        properties = {"polydesk.rate-limit.surfaces.ticketing-v1.authenticated=4", "polydesk.attachments.max-size=64B"})
class TicketingV1LimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TestUser freshAgent() {
        return new TestUsers(context).agent();
    }

    private static void assertRateHeaders(Reply reply, String limit, String remaining) {
        assertThat(reply.header("X-RateLimit-Limit")).as(reply.raw().body()).isEqualTo(limit);
        if (remaining != null) {
            assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo(remaining);
        }
        long now = System.currentTimeMillis() / 1000;
        assertThat(Long.parseLong(reply.header("X-RateLimit-Reset"))).isBetween(now, now + 61);
    }

    @Test
    void theDocumentsDefaultIsAHundredAMinutePerCredential() {
        assertThat(context.getBean(TicketingV1Dialect.class).rateLimit())
                .isEqualTo(new RateLimit(100, 100, Duration.ofMinutes(1)));
    }

    @Test
    void everyAnswerCarriesTheRateLimitHeaders() {
        TicketingV1Client agent = TicketingV1Client.as(port, freshAgent());

        assertRateHeaders(agent.get("/tickets").expect(200), "4", "3");
        assertRateHeaders(agent.get("/nothing-here").expectError(404, "not_found"), "4", "2");
        assertRateHeaders(agent.get("/tickets?status=bogus").expectError(400, "invalid_input"), "4", "1");

        Reply anonymous = TicketingV1Client.anonymous(port).get("/tickets").expectError(401, "unauthorized");
        assertRateHeaders(anonymous, "1000000", null);
    }

    @Test
    void refusedCredentialsAre401InTheEnvelopeWithTheHeaders() {
        TestUser agent = freshAgent();
        String wrong = "Basic "
                + Base64.getEncoder()
                        .encodeToString((agent.user().username() + ":wrong").getBytes(StandardCharsets.UTF_8));
        Reply badPassword = send(HttpRequest.newBuilder(uri("/api/v1/tickets")).header("Authorization", wrong));
        badPassword.expect(401);
        assertThat(badPassword.json().get("error").get("code").asString()).isEqualTo("unauthorized");
        assertThat(badPassword.header("WWW-Authenticate")).contains("Bearer");
        assertRateHeaders(badPassword, "1000000", null);

        Reply badToken =
                send(HttpRequest.newBuilder(uri("/api/v1/tickets")).header("Authorization", "Bearer YOUR_JWT_TOKEN"));
        badToken.expect(401);
        assertThat(badToken.json().get("error").get("code").asString()).isEqualTo("unauthorized");
        assertRateHeaders(badToken, "1000000", null);
    }

    @Test
    void pastTheLimitIs429InTheEnvelope() {
        TicketingV1Client agent = TicketingV1Client.as(port, freshAgent());
        for (int i = 0; i < 4; i++) {
            agent.get("/tickets").expect(200);
        }

        Reply refused = agent.get("/tickets").expectError(429, "rate_limit_exceeded");

        assertRateHeaders(refused, "4", "0");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
    }

    @Test
    void aBodyOverTheLimitIs413InTheEnvelopeWhetherItsLengthIsKnownOrNot() {
        TestUser agent = freshAgent();
        String huge = "{\"title\":\"" + "x".repeat(1100 * 1024) + "\"}";

        Reply declared = send(HttpRequest.newBuilder(uri("/api/v1/tickets"))
                .header("Authorization", agent.basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge)));
        declared.expectError(413, "payload_too_large");
        assertRateHeaders(declared, "4", "3");

        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        Reply chunked = send(HttpRequest.newBuilder(uri("/api/v1/tickets"))
                .header("Authorization", agent.basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        chunked.expectError(413, "payload_too_large");
        assertRateHeaders(chunked, "4", "2");
    }

    @Test
    void anAttachmentOverTheLimitIs413AndNothingIsWritten() {
        TicketingV1Client agent = TicketingV1Client.as(port, freshAgent());
        String title = "Big file " + UUID.randomUUID();
        String content = TicketingV1Fixtures.base64("y".repeat(65));

        agent.post(
                        "/tickets",
                        "{\"title\":\"" + title + "\",\"attachments\":[{\"filename\":\"big.txt\",\"content\":\""
                                + content + "\"}]}")
                .expectError(413, "payload_too_large");

        assertThat(TicketingV1Client.as(port, new TestUsers(context).admin())
                        .get("/tickets?q=" + title.replace(' ', '+'))
                        .expect(200)
                        .json()
                        .get("pagination")
                        .get("total")
                        .asLong())
                .isZero();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
