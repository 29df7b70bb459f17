package io.polydesk.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.PolydeskNode;
import io.polydesk.api.testing.TestUsers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;

/**
 * Structured logs as README's Production section switches them on ({@code logging.structured.format.console=ecs}):
 * every console line is a JSON object, those written for a request carry the id its {@code X-Request-Id} header
 * answered, and neither a password nor a token that travelled in the request appears in them, even with Spring's
 * web request logging at DEBUG.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTest {

    @TempDir
    Path work;

    private final Map<Object, Object> systemPropertiesBefore = new HashMap<>(System.getProperties());

    private PolydeskNode node;

    @AfterEach
    void stopAndGoBackToPlainLines() {
        if (node != null) {
            node.close();
        }
        // Logging is the JVM's, and Boot keeps the chosen format in system properties that outlive the context:
        // the next test's lines are plain again, as application.yml sets them.
        System.getProperties().keySet().removeIf(name -> !systemPropertiesBefore.containsKey(name));
        systemPropertiesBefore.forEach(System.getProperties()::put);
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.cleanUp();
        logging.beforeInitialize();
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("plain", Map.of("logging.pattern.correlation", "[%X{requestId:-}] ")));
        logging.initialize(new LoggingInitializationContext(environment), null, null);
    }

    @Test
    void aRequestsLinesAreJsonWithItsRequestIdAndNoSecret(CapturedOutput output) {
        Map<String, String> settings = new HashMap<>(PolydeskNode.sharedDatabase(work.resolve("db")));
        settings.put("polydesk.data-dir", work.resolve("data").toString());
        settings.put("logging.structured.format.console", "ecs");
        settings.put("logging.level.org.springframework.web", "DEBUG");
        settings.put("logging.level.org.springframework.graphql", "DEBUG");
        node = PolydeskNode.start(settings);
        int start = output.getOut().length();

        HttpResponse<String> graphQlLogin = post(
                "/graphql",
                null,
                "{\"query\":\"mutation ($l: String!, $p: String!) { login(input: {login: $l, password: $p}) { token } }\","
                        + "\"variables\":{\"l\":\"admin\",\"p\":\"" + TestUsers.ADMIN_PASSWORD + "\"}}");
        String token = HttpTestClient.JSON
                .readTree(graphQlLogin.body())
                .at("/data/login/token")
                .asString();
        HttpResponse<String> withToken = post("/graphql", "Bearer " + token, "{\"query\":\"{ me { username } }\"}");
        HttpResponse<String> restLogin = post(
                "/api/v1/auth/login",
                null,
                "{\"email\":\"admin@example.com\",\"password\":\"" + TestUsers.ADMIN_PASSWORD + "\"}");
        String restToken =
                HttpTestClient.JSON.readTree(restLogin.body()).get("token").asString();

        assertThat(token).isNotBlank();
        assertThat(withToken.body()).contains("\"username\":\"admin\"");
        assertThat(restToken).isNotBlank();
        List<String> lines = Arrays.stream(output.getOut().substring(start).split("\\R"))
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(lines)
                .allSatisfy(line -> assertThat(json(line).isObject())
                        .as("a JSON object: %s", line)
                        .isTrue());
        for (HttpResponse<String> response : List.of(graphQlLogin, withToken, restLogin)) {
            String id = response.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(lines)
                    .as("lines carrying request id %s", id)
                    .filteredOn(line -> id.equals(json(line).path("requestId").asString(null)))
                    .isNotEmpty();
        }
        assertThat(lines)
                .noneMatch(line -> line.contains(TestUsers.ADMIN_PASSWORD))
                .noneMatch(line -> line.contains(token))
                .noneMatch(line -> line.contains(restToken));
    }

    private static JsonNode json(String line) {
        try {
            return HttpTestClient.JSON.readTree(line);
        } catch (RuntimeException e) {
            return HttpTestClient.JSON.missingNode();
        }
    }

    private HttpResponse<String> post(String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = HttpTestClient.exchange(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
