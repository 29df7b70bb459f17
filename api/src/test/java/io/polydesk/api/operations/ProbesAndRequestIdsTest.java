package io.polydesk.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Health probes that mean what they say, and a request id on every answer (issue 14, observability). */
@PolydeskIntegrationTest
class ProbesAndRequestIdsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthStaysExactlyUpWhileTheProbesAnswerBesideIt() throws Exception {
        assertThat(get("/actuator/health", Map.of()).body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> readiness = get("/actuator/health/readiness", Map.of());
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> liveness = get("/actuator/health/liveness", Map.of());
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void readinessRefusesTrafficWhileTheApplicationDoesAndLivenessStaysUp() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> readiness = get("/actuator/health/readiness", Map.of());
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");
            assertThat(get("/actuator/health/liveness", Map.of()).statusCode()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get("/actuator/health/readiness", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesARequestIdAndKeepsAPlainOneTheCallerSent() throws Exception {
        HttpResponse<String> anonymous = get("/api/tickets/", Map.of());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        String generated = anonymous.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(get("/api/tickets/", Map.of()).headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).isNotEqualTo(generated));

        assertThat(get("/actuator/health", Map.of("X-Request-Id", "lb-7f3a.42"))
                        .headers()
                        .firstValue("X-Request-Id"))
                .hasValue("lb-7f3a.42");
        String forged = "x\" injected=\"1 " + "y".repeat(100);
        assertThat(get("/actuator/health", Map.of("X-Request-Id", forged))
                        .headers()
                        .firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).isNotEqualTo(forged).matches("[0-9a-f-]{36}"));
    }

    @Test
    void metricsNameTheSurfaceAndTheGraphQlOperation() throws Exception {
        TestUsers users = new TestUsers(context);
        String basic = users.agent().basic();
        get("/api/tickets/", Map.of("Authorization", basic));
        get("/helpdesk/api/tickets/", Map.of("Authorization", basic));
        post("/graphql", basic, "{\"query\":\"query InboxForMetrics { me { username } }\"}");
        post("/graphql", basic, "{\"query\":\"{ me { username } }\"}");

        String metrics = get(
                        "/actuator/prometheus",
                        Map.of("Authorization", users.admin().basic()))
                .body();

        assertThat(metrics)
                .containsPattern("http_server_requests_seconds_count\\{[^}]*surface=\"arctyk\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*surface=\"django-helpdesk\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*surface=\"graphql\"")
                .containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"InboxForMetrics\"")
                .containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"anonymous\"")
                .containsPattern("graphql_request_seconds_count\\{[^}]*graphql_outcome=\"SUCCESS\"");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String authorization, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
