package io.polydesk.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Metrics in Prometheus' format, for administrators only (CONTRACT §7). */
@PolydeskIntegrationTest
class PrometheusMetricsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void administratorsReadRequestAndPoolMetrics() throws Exception {
        TestUsers users = new TestUsers(context);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = get("/actuator/prometheus", users.admin().basic());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count")
                .contains("hikaricp_connections");
    }

    @Test
    void nobodyElseReadsThem() throws Exception {
        TestUsers users = new TestUsers(context);

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", users.agent().basic()).statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator/prometheus", users.customer().basic()).statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
