package io.polydesk.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.PolydeskNode;
import io.polydesk.api.testing.TestRedis;
import io.polydesk.api.testing.TestSigningKey;
import io.polydesk.api.testing.TestUsers;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * Two servers over one database, as behind a load balancer, set up as README's Production section says: the same
 * signing key, attachments in the database, rate limits in Redis; each with a data directory of its own. The
 * database is the real test server when one is configured (always on CI), else an H2 file both open.
 */
class TwoNodesOneDatabaseTest {

    private static final String ADMIN = TestUsers.ADMIN_BASIC;

    private static Path work;
    private static PolydeskNode first;
    private static PolydeskNode second;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        work = Files.createTempDirectory("polydesk-cluster");
        Map<String, String> shared = new HashMap<>(PolydeskNode.sharedDatabase(work.resolve("db")));
        shared.put("polydesk.security.jwt-private-key", TestSigningKey.pem());
        shared.put("polydesk.attachments.store", "database");
        shared.put("polydesk.rate-limit.redis.url", TestRedis.configured().url());
        shared.put("polydesk.rate-limit.redis.key-prefix", "polydesk-test:" + UUID.randomUUID() + ":");
        shared.put("polydesk.rate-limit.redis.timeout", "5s");
        shared.put("polydesk.rate-limit.surfaces.django-helpdesk.anonymous", "4");
        shared.put("polydesk.security.lockout.account-failures", "5");
        first = PolydeskNode.start(node(shared, "first"));
        second = PolydeskNode.start(node(shared, "second"));
    }

    private static Map<String, String> node(Map<String, String> shared, String name) {
        Map<String, String> settings = new HashMap<>(shared);
        settings.put("polydesk.data-dir", work.resolve(name).toString());
        return settings;
    }

    @AfterAll
    static void stopNodes() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        FileSystemUtils.deleteRecursively(work);
    }

    private static JsonNode graphql(PolydeskNode node, String authorization, String query, Map<String, ?> variables) {
        Map<String, Object> body = Map.of("query", query, "variables", variables);
        HttpResponse<String> response = HttpTestClient.exchange(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString(HttpTestClient.JSON.writeValueAsString(body))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode json = HttpTestClient.JSON.readTree(response.body());
        assertThat(json.has("errors")).as(response.body()).isFalse();
        return json.get("data");
    }

    @Test
    void aTicketWrittenOnOneNodeIsReadOnTheOther() {
        String title = "Printer on floor 3 " + UUID.randomUUID();
        String id = graphql(
                        first,
                        ADMIN,
                        "mutation ($title: String!) { createTicket(input: {title: $title, description: \"Jammed.\"})"
                                + " { ticket { id } } }",
                        Map.of("title", title))
                .at("/createTicket/ticket/id")
                .asString();

        JsonNode read = graphql(second, ADMIN, "query ($id: ID!) { ticket(id: $id) { title } }", Map.of("id", id));

        assertThat(read.at("/ticket/title").asString()).isEqualTo(title);
    }

    @Test
    void aTokenIssuedByOneNodeIsAcceptedByTheOther() {
        String token = graphql(
                        first,
                        "",
                        "mutation ($login: String!, $password: String!) { login(input: {login: $login, password:"
                                + " $password}) { token } }",
                        Map.of("login", "admin", "password", TestUsers.ADMIN_PASSWORD))
                .at("/login/token")
                .asString();

        JsonNode me = graphql(second, "Bearer " + token, "{ me { username } }", Map.of());

        assertThat(me.at("/me/username").asString()).isEqualTo("admin");
        assertThat(Files.exists(work.resolve("second").resolve("jwt-signing-key.pem")))
                .as("the configured key, not one of its own")
                .isFalse();
    }

    @Test
    void aFileUploadedToOneNodeDownloadsFromTheOther() throws Exception {
        byte[] content = new byte[1_200_000];
        new Random(42).nextBytes(content);
        String id = upload(first, content);

        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + second.port() + "/attachments/" + id))
                                .header("Authorization", ADMIN)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
    }

    @Test
    void bothNodesDrawFromOneRateLimit() {
        TestRedis.require();
        assertThat(anonymousTickets(first).headers().firstValue("X-RateLimit-Remaining"))
                .contains("3");
        assertThat(anonymousTickets(second).headers().firstValue("X-RateLimit-Remaining"))
                .contains("2");
        assertThat(anonymousTickets(first).statusCode()).isEqualTo(401);
        assertThat(anonymousTickets(second).statusCode()).isEqualTo(401);

        assertThat(anonymousTickets(first).statusCode()).isEqualTo(429);
        assertThat(anonymousTickets(second).statusCode()).isEqualTo(429);
    }

    @Test
    void wrongPasswordsOnOneNodeBlockSignInOnTheOther() {
        TestRedis.require();
        String name = "locked" + UUID.randomUUID().toString().substring(0, 8);
        String password = "right-password-1";
        graphql(
                first,
                ADMIN,
                "mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }",
                Map.of(
                        "input",
                        Map.of(
                                "username",
                                name,
                                "email",
                                name + "@example.com",
                                "password",
                                password,
                                "role",
                                "CUSTOMER")));
        for (int i = 0; i < 5; i++) {
            assertThat(me(first, basic(name, "wrong-password-" + i)).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> blocked = me(second, basic(name, password));
        assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(me(first, basic(name, password)).statusCode()).isEqualTo(429);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> me(PolydeskNode node, String authorization) {
        return HttpTestClient.exchange(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { username } }\"}")));
    }

    private static HttpResponse<String> anonymousTickets(PolydeskNode node) {
        return HttpTestClient.exchange(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/helpdesk/api/tickets/"))
                        .GET());
    }

    private static String upload(PolydeskNode node, byte[] content) {
        String boundary = "b-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dump.bin\"\r\n"
                                + "Content-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpTestClient.exchange(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/attachments"))
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return HttpTestClient.JSON.readTree(response.body()).get("id").asString();
    }
}
