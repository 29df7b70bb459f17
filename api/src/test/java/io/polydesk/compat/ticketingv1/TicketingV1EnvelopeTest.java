package io.polydesk.compat.ticketingv1;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What is refused before any Ticketing Platform controller runs still comes in the document's envelope. */
@PolydeskIntegrationTest
class TicketingV1EnvelopeTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void unknownPathIsNotFoundInTheEnvelope() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/nothing-here"))
                .header("Authorization", new TestUsers(context).agent().basic()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error(response).get("code").asString()).isEqualTo("not_found");
    }

    @Test
    void missingCredentialsAreUnauthorizedInTheEnvelopeWithAChallenge() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/tickets")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("Bearer"));
        assertThat(error(response).get("code").asString()).isEqualTo("unauthorized");
        assertThat(error(response).get("details").isArray()).isTrue();
    }

    @Test
    void wrongMethodOnLoginIsMethodNotAllowedInTheEnvelope() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .header("Authorization", new TestUsers(context).agent().basic()));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(error(response).get("code").asString()).isEqualTo("method_not_allowed");
    }

    @Test
    void loginBodyThatIsNotJsonIsInvalidInput() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response).get("code").asString()).isEqualTo("invalid_input");
    }

    private JsonNode error(HttpResponse<String> response) {
        return json.readTree(response.body()).get("error");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
