package io.polydesk.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

@PolydeskIntegrationTest
@TestPropertySource(
        properties = {
            "polydesk.rate-limit.surfaces.ticketing-v1.anonymous=3",
            "polydesk.rate-limit.surfaces.graphql.authenticated=2",
            "polydesk.rate-limit.surfaces.uploads.authenticated=2"
        })
class RateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> login() throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"nobody@example.com\",\"password\":\"x\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private double refusals(String surface) {
        Counter counter =
                meters.find(RateLimitFilter.REFUSALS).tag("surface", surface).counter();
        return counter == null ? 0 : counter.count();
    }

    private HttpResponse<String> me(TestUser user) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", user.basic())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { username } }\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymousClientGetsHeadersOnEveryResponseAnd429PastTheLimit() throws Exception {
        HttpResponse<String> first = login();
        assertThat(first.headers().firstValue("X-RateLimit-Limit")).contains("3");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).contains("2");
        assertThat(first.headers().firstValue("X-RateLimit-Reset"))
                .hasValueSatisfying(
                        reset -> assertThat(Long.parseLong(reset)).isGreaterThan(System.currentTimeMillis() / 1000));
        login();
        login();
        double refusedBefore = refusals("ticketing-v1");

        HttpResponse<String> refused = login();

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refusals("ticketing-v1")).as("counted in the metrics").isEqualTo(refusedBefore + 1);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).contains("0");
    }

    @Test
    void eachSignedInUserHasTheirOwnAllowance() throws Exception {
        TestUsers users = new TestUsers(context);
        TestUser first = users.agent();
        TestUser second = users.agent();
        assertThat(me(first).statusCode()).isEqualTo(200);
        assertThat(me(first).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = me(first);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("\"errors\"");
        assertThat(me(second).statusCode()).isEqualTo(200);
    }

    @Test
    void uploadsHaveALimitOfTheirOwn() throws Exception {
        TestUser agent = new TestUsers(context).agent();
        assertThat(upload(agent).statusCode()).isEqualTo(201);
        assertThat(upload(agent).statusCode()).isEqualTo(201);

        HttpResponse<String> refused = upload(agent);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(me(agent).statusCode()).as("GraphQL counts on its own").isEqualTo(200);
    }

    @Test
    void aGraphQlQueryIsChargedByItsCost() throws Exception {
        TestUsers users = new TestUsers(context);
        TestUser heavy = users.agent();
        String costly = "{\"query\":\"{ tickets(first: 50) { edges { node { id title } } } }\"}";

        HttpResponse<String> paidFor = graphql(heavy, costly);

        assertThat(paidFor.statusCode()).isEqualTo(200);
        assertThat(paidFor.body()).contains("\"data\"").doesNotContain("RATE_LIMITED");
        assertThat(me(heavy).statusCode())
                .as("the query took both requests of the allowance")
                .isEqualTo(429);

        TestUser light = users.agent();
        assertThat(me(light).statusCode()).isEqualTo(200);
        HttpResponse<String> unaffordable = graphql(light, costly);
        assertThat(unaffordable.body()).contains("RATE_LIMITED").doesNotContain("\"edges\"");
    }

    private HttpResponse<String> graphql(TestUser user, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", user.basic())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(TestUser user) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/attachments"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", user.basic())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"filename\":\"note.txt\",\"content\":\"aGVsbG8=\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
