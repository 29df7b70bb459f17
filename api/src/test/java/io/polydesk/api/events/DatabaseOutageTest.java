package io.polydesk.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.CuttableTcpProxy;
import io.polydesk.api.testing.PolydeskNode;
import io.polydesk.api.testing.TestSigningKey;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.webhook.WebhookReceiver;
import io.polydesk.domain.event.EventLog;
import io.polydesk.persistence.testing.RealDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The database goes away under a steady stream of writes and comes back: requests made meanwhile get 503 with
 * Retry-After in their surface's shape,
 * the server serves again without a restart, and every write it acknowledged reaches both the live subscription
 * and the webhook receiver. The database is reached through a TCP proxy that the test cuts, since the machine's
 * server is shared with the rest of the build.
 */
class DatabaseOutageTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ADMIN = TestUsers.ADMIN_BASIC;

    private static final Pattern TICKET_ID = Pattern.compile("\"id\":(\\d+)");

    private CuttableTcpProxy proxy;
    private PolydeskNode node;
    private WebhookReceiver receiver;
    private Path dataDir;
    private String endpointId;

    @BeforeEach
    void startBehindAProxy() throws Exception {
        RealDatabase.Connection real = RealDatabase.require();
        URI target = URI.create(real.url().substring("jdbc:".length()));
        proxy = CuttableTcpProxy.to(target.getHost(), target.getPort() < 0 ? 3306 : target.getPort())
                .restore();
        dataDir = Files.createTempDirectory("polydesk-outage");
        receiver = new WebhookReceiver();
        Map<String, String> settings = new HashMap<>();
        settings.put("spring.datasource.url", real.url().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/"));
        settings.put("spring.datasource.username", real.username());
        settings.put("spring.datasource.password", real.password());
        // Fail fast while the database is away rather than queue requests for half a minute.
        settings.put("spring.datasource.hikari.connection-timeout", "1500");
        settings.put("polydesk.security.jwt-private-key", TestSigningKey.pem());
        settings.put("polydesk.data-dir", dataDir.toString());
        settings.put("polydesk.webhooks.allowed-hosts", "localhost");
        settings.put("polydesk.webhooks.poll-interval", "100ms");
        settings.put("polydesk.webhooks.first-retry-delay", "200ms");
        // An attempt whose outcome could not be written is sent again when its lease ends: 5s rather than 2m.
        settings.put("polydesk.webhooks.connect-timeout", "2s");
        settings.put("polydesk.webhooks.read-timeout", "2s");
        settings.put("polydesk.webhooks.attempt-lease", "5s");
        settings.put("polydesk.rate-limit.surfaces.arctyk.authenticated", "1000000");
        node = PolydeskNode.start(settings);
        endpointId = graphql("mutation { createWebhookEndpoint(input: {url: \\\"" + receiver.url()
                        + "\\\", eventTypes: [\\\"ticket.created\\\"]}) { endpoint { id } } }")
                .replaceAll("(?s).*\"endpoint\":\\{\"id\":\"([^\"]+)\".*", "$1");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (proxy != null) {
            proxy.restore();
        }
        if (node != null) {
            graphql("mutation { deleteWebhookEndpoint(input: {id: \\\"" + endpointId
                    + "\\\"}) { userErrors { message } } }");
            node.close();
            proxy.close();
        }
        if (receiver != null) {
            receiver.close();
        }
        if (dataDir != null) {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private String graphql(String query) throws Exception {
        HttpResponse<String> reply = send("/graphql", "{\"query\":\"" + query + "\"}");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return reply.body();
    }

    private HttpResponse<String> send(String path, String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Files one ticket over Arctyk, noting its id and title if the server acknowledged it and the answer if not. */
    private boolean fileTicket(String title, Map<String, String> acknowledged, List<HttpResponse<String>> refusals)
            throws Exception {
        HttpResponse<String> reply = send("/api/tickets/", "{\"title\":\"" + title + "\"}");
        if (reply.statusCode() == 201) {
            Matcher id = TICKET_ID.matcher(reply.body());
            assertThat(id.find()).as(reply.body()).isTrue();
            acknowledged.put(id.group(1), title);
            return true;
        }
        refusals.add(reply);
        return false;
    }

    @Test
    void everyAcknowledgedWriteIsDeliveredAfterTheDatabaseComesBack() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> acknowledged = new HashMap<>();
        List<HttpResponse<String>> refusals = new ArrayList<>();
        try (GraphQlWsClient client = GraphQlWsClient.connect(node.port(), ADMIN)) {
            // From the log's end now, so no write after this line is missed however late the subscription starts.
            long from = node.context().getBean(EventLog.class).lastId();
            client.subscribe(
                    "s1",
                    "subscription { ticketEvents(filter: {types: [TICKET_CREATED]}, after: \"" + from
                            + "\") { ticketId } }");
            int n = 0;
            for (; n < 10; n++) {
                assertThat(fileTicket("outage " + run + " before " + n, acknowledged, refusals))
                        .isTrue();
            }
            proxy.cut();
            for (int i = 0; i < 5; i++, n++) {
                fileTicket("outage " + run + " during " + n, acknowledged, refusals);
                Thread.sleep(300);
            }
            proxy.restore();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int afterwards = 0;
            while (afterwards < 10 && System.nanoTime() < deadline) {
                if (fileTicket("outage " + run + " after " + n++, acknowledged, refusals)) {
                    afterwards++;
                } else {
                    Thread.sleep(500);
                }
            }
            assertThat(afterwards)
                    .as("writes acknowledged once the database is back")
                    .isEqualTo(10);
            assertThat(refusals)
                    .as("writes refused while the database was away")
                    .isNotEmpty();
            assertThat(refusals).allSatisfy(reply -> {
                assertThat(reply.statusCode()).as(reply.body()).isEqualTo(503);
                assertThat(reply.headers().firstValue("Retry-After")).contains("5");
                assertThat(reply.body()).contains("briefly unavailable").doesNotContain("Exception", "\tat ", "SQL");
            });

            Set<String> heard = ConcurrentHashMap.newKeySet();
            long heardBy = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!heard.containsAll(acknowledged.keySet())) {
                assertThat(System.nanoTime())
                        .as("heard %s of %s by now", heard, acknowledged)
                        .isLessThan(heardBy);
                heard.add((String) client.nextEvent("s1", "ticketEvents").get("ticketId"));
            }
        }
        List<WebhookReceiver.Received> delivered = receiver.awaitCount(acknowledged.size(), Duration.ofSeconds(90));
        Set<String> deliveredTitles = delivered.stream()
                .map(WebhookReceiver.Received::body)
                .map(body -> body.replaceAll("(?s).*\"title\":\"(outage [^\"]+)\".*", "$1"))
                .collect(Collectors.toSet());
        assertThat(deliveredTitles).as("titles delivered by webhook").containsAll(acknowledged.values());
    }
}
