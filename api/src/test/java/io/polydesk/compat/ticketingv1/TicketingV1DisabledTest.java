package io.polydesk.compat.ticketingv1;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Switched off, Ticketing Platform's paths answer 404 and every other surface keeps working. The jitbit dialect is
 * off too: it would answer what is left free below {@code /api}, as CONTRACT §3 says it should.
 */
@PolydeskIntegrationTest
@TestPropertySource(properties = {"polydesk.compat.ticketing-v1.enabled=false", "polydesk.compat.jitbit.enabled=false"})
class TicketingV1DisabledTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void itsPathsAreGoneAndTheRestStillAnswers() throws Exception {
        assertThat(context.getBeanNamesForType(TicketingV1Dialect.class)).isEmpty();
        TestUser agent = new TestUsers(context).agent();

        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .header("Authorization", agent.basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + agent.user().email() + "\",\"password\":\"" + agent.password() + "\"}")));
        assertThat(login.statusCode()).isEqualTo(404);
        assertThat(login.body()).doesNotContain("token");
        assertThat(login.headers().firstValue("X-RateLimit-Limit")).isEmpty();

        HttpResponse<String> anonymousLogin = send(HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@example.com\",\"password\":\"x\"}")));
        assertThat(anonymousLogin.statusCode()).isEqualTo(401);

        HttpResponse<String> arctyk =
                send(HttpRequest.newBuilder(uri("/api/tickets/")).header("Authorization", agent.basic()));
        assertThat(arctyk.statusCode()).isEqualTo(200);
        HttpResponse<String> graphql = send(HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"mutation { login(input: {login: \\\""
                        + agent.user().username() + "\\\", password: \\\"" + agent.password()
                        + "\\\"}) { token } }\"}")));
        assertThat(graphql.statusCode()).isEqualTo(200);
        assertThat(graphql.body()).contains("\"token\"");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
