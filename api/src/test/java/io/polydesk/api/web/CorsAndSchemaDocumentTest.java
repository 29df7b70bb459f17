package io.polydesk.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A listed browser origin may call Polydesk, an unlisted one may not, and the schema is downloadable as SDL. */
@PolydeskIntegrationTest
@TestPropertySource(properties = "polydesk.http.cors.allowed-origins=https://desk.example.com")
class CorsAndSchemaDocumentTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aListedOriginPassesThePreflightWithoutCredentialsByCookie() throws Exception {
        HttpResponse<String> preflight = preflight("https://desk.example.com", "/graphql");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("https://desk.example.com");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(v -> assertThat(v.toLowerCase()).contains("authorization"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
    }

    @Test
    void anUnlistedOriginIsRefused() throws Exception {
        HttpResponse<String> preflight = preflight("https://evil.example.net", "/api/tickets/");

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void theSchemaIsServedAsSdlWithoutCredentials() throws Exception {
        HttpResponse<String> sdl = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql/schema.graphqls"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(sdl.statusCode()).isEqualTo(200);
        assertThat(sdl.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(sdl.body()).contains("type Query").contains("type Ticket").contains("scalar DateTime");
    }

    private HttpResponse<String> preflight(String origin, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "authorization,content-type")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
