package io.polydesk.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.PolydeskApplication;
import io.polydesk.api.testing.PolydeskNode;
import io.polydesk.api.testing.TestSigningKey;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.event.EventType;
import io.polydesk.persistence.testing.RealDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A Polydesk server in a child JVM acknowledges writes over HTTP while its webhook endpoint hangs, and is killed
 * with SIGKILL right after the last acknowledgement. A server started again over the same database has every
 * acknowledged ticket, each with its durable event, and delivers every pending webhook, in order, the one the child
 * had begun sending under its first webhook-id. The child is a process of its own, so nothing of it runs after the kill: no
 * shutdown hook, no finally block, no write still buffered in its memory. Once on the embedded default (the H2
 * file that application.yml puts under the data directory) and once on the real test database.
 */
class KilledProcessWebhookTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(90);
    private static final int TICKETS_BEFORE_FIRST_ATTEMPT = 3;
    private static final int TICKETS_WHILE_SENDING = 5;
    private static final Pattern TICKET_ID = Pattern.compile("\"id\":(\\d+)");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ADMIN = TestUsers.ADMIN_BASIC;

    /** Every child started, so none outlives the test class even when a test fails before its own cleanup. */
    private static final Set<Process> CHILDREN = ConcurrentHashMap.newKeySet();

    private record Acknowledged(long id, String title) {}

    private Path dataDir;
    private WebhookReceiver receiver;
    private volatile boolean endpointDown = true;
    private Process child;
    private PolydeskNode restarted;
    private String endpointId;

    @BeforeEach
    void setUp() throws IOException {
        dataDir = Files.createTempDirectory("polydesk-killed-process");
        receiver = new WebhookReceiver();
        // While the child runs the endpoint takes every request and never answers in time: each delivery stays
        // pending, and an attempt is usually in flight when the child dies. After the kill it answers at once.
        receiver.answer(
                n -> endpointDown ? new WebhookReceiver.Hang(Duration.ofSeconds(10)) : WebhookReceiver.status(200));
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            if (child != null) {
                kill(child);
            }
            if (restarted != null && endpointId != null) {
                post(
                        restarted.port(),
                        "/graphql",
                        graphql("mutation { deleteWebhookEndpoint(input: {id: \\\"" + endpointId
                                + "\\\"}) { userErrors { message } } }"));
            }
        } finally {
            if (restarted != null) {
                restarted.close();
            }
            receiver.close();
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    @AfterAll
    static void killStragglers() {
        CHILDREN.forEach(KilledProcessWebhookTest::kill);
    }

    @Test
    void theEmbeddedDefaultKeepsEveryAcknowledgedWrite() throws Exception {
        // No datasource setting: the child and the restarted server use application.yml's embedded H2 file.
        killAndRestart(settings(), "jdbc:h2:file:" + dataDir + "/polydesk;");
    }

    @Test
    void theRealDatabaseKeepsEveryAcknowledgedWrite() throws Exception {
        RealDatabase.Connection real = RealDatabase.require();
        Map<String, String> settings = settings();
        settings.put("spring.datasource.url", real.url());
        settings.put("spring.datasource.username", real.username());
        settings.put("spring.datasource.password", real.password());
        killAndRestart(settings, real.url());
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("polydesk.data-dir", dataDir.toString());
        settings.put("polydesk.security.jwt-private-key", TestSigningKey.pem());
        settings.put("polydesk.rate-limit.surfaces.arctyk.authenticated", "1000000");
        settings.put("polydesk.webhooks.allowed-hosts", "localhost");
        settings.put("polydesk.webhooks.poll-interval", "100ms");
        settings.put("polydesk.webhooks.first-retry-delay", "200ms");
        settings.put("polydesk.webhooks.max-retry-delay", "1s");
        // An attempt lasts at most 4s, so its lease is 5s: the restarted server takes the interrupted one over then.
        settings.put("polydesk.webhooks.connect-timeout", "1s");
        settings.put("polydesk.webhooks.read-timeout", "3s");
        settings.put("polydesk.webhooks.attempt-lease", "5s");
        return settings;
    }

    private void killAndRestart(Map<String, String> settings, String databaseUrl) throws Exception {
        int port = freePort();
        Map<String, String> childSettings = new HashMap<>(settings);
        childSettings.put("server.port", String.valueOf(port));
        Path log = dataDir.resolve("child.log");
        child = startChild(PolydeskNode.arguments(childSettings), log);
        awaitReady(port, log);

        HttpResponse<String> endpoint = post(
                port,
                "/graphql",
                graphql("mutation { createWebhookEndpoint(input: {url: \\\"" + receiver.url()
                        + "\\\", eventTypes: [\\\"ticket.created\\\"]}) { endpoint { id } userErrors { message } } }"));
        Matcher created = Pattern.compile("\"endpoint\":\\{\"id\":\"([^\"]+)\"").matcher(endpoint.body());
        assertThat(created.find()).as(endpoint.body()).isTrue();
        endpointId = created.group(1);

        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Acknowledged> acknowledged = new ArrayList<>();
        for (int i = 0; i < TICKETS_BEFORE_FIRST_ATTEMPT; i++) {
            acknowledged.add(fileTicket(port, "Killed process " + run + " ticket " + i));
        }
        WebhookReceiver.Received interrupted =
                receiver.awaitCount(1, DELIVERY_TIMEOUT).get(0);
        assertThat(interrupted.body()).contains(acknowledged.get(0).title());
        for (int i = TICKETS_BEFORE_FIRST_ATTEMPT; i < TICKETS_BEFORE_FIRST_ATTEMPT + TICKETS_WHILE_SENDING; i++) {
            acknowledged.add(fileTicket(port, "Killed process " + run + " ticket " + i));
        }

        // At once after the last acknowledgement: whatever the child had not yet made durable is lost now.
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("ended by SIGKILL (128 + 9)").isEqualTo(137);
        endpointDown = false;
        int requestsBeforeRestart = receiver.received().size();

        restarted = PolydeskNode.start(settings);
        assertThat(restarted.context().getEnvironment().getProperty("spring.datasource.url"))
                .startsWith(databaseUrl);

        EventLog events = restarted.context().getBean(EventLog.class);
        for (Acknowledged ticket : acknowledged) {
            HttpResponse<String> read = get(restarted.port(), "/api/tickets/" + ticket.id() + "/");
            assertThat(read.statusCode())
                    .as("acknowledged ticket %s after the restart: %s", ticket, read.body())
                    .isEqualTo(200);
            assertThat(read.body()).contains(ticket.title());
            assertThat(events.readByTicket(ticket.id(), 0, 100))
                    .as("the durable events of acknowledged ticket %s", ticket)
                    .extracting(DomainEvent::type)
                    .contains(EventType.TICKET_CREATED);
        }

        Map<String, String> delivered = awaitDeliveries(requestsBeforeRestart, acknowledged);
        assertThat(delivered.values())
                .as("every acknowledged ticket delivered once, in order, after the restart")
                .containsExactlyElementsOf(
                        acknowledged.stream().map(Acknowledged::title).toList());
        assertThat(delivered.keySet().iterator().next())
                .as("the delivery the child had begun keeps its webhook-id")
                .isEqualTo(interrupted.messageId());
        JdbcTemplate database = new JdbcTemplate(restarted.context().getBean(DataSource.class));
        awaitCondition(
                "every delivery of the endpoint recorded as delivered",
                () -> database.queryForObject(
                                "SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = ? AND status <> 'DELIVERED'",
                                Long.class,
                                Long.valueOf(endpointId))
                        == 0);
    }

    /**
     * Waits until a request that the restarted server sent carries each acknowledged ticket, and answers the
     * webhook-ids in the order they first arrived, each with the title it carried.
     */
    private Map<String, String> awaitDeliveries(int skip, List<Acknowledged> acknowledged) throws InterruptedException {
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        while (true) {
            Map<String, String> titles = new LinkedHashMap<>();
            List<WebhookReceiver.Received> all = receiver.received();
            for (WebhookReceiver.Received request : all.subList(skip, all.size())) {
                for (Acknowledged ticket : acknowledged) {
                    if (request.body().contains("\"title\":\"" + ticket.title() + "\"")) {
                        titles.putIfAbsent(request.messageId(), ticket.title());
                    }
                }
            }
            if (titles.size() >= acknowledged.size()) {
                return titles;
            }
            assertThat(System.nanoTime())
                    .as("webhooks delivered after the restart within %s: %s", DELIVERY_TIMEOUT, titles.values())
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void awaitCondition(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("%s within %s", what, DELIVERY_TIMEOUT)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private Acknowledged fileTicket(int port, String title) throws Exception {
        HttpResponse<String> reply = post(port, "/api/tickets/", "{\"title\":\"" + title + "\"}");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        Matcher id = TICKET_ID.matcher(reply.body());
        assertThat(id.find()).as(reply.body()).isTrue();
        return new Acknowledged(Long.parseLong(id.group(1)), title);
    }

    /** The real application on the test's own classpath, with a small heap and the compiler that starts fastest. */
    private static Process startChild(String[] arguments, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                PolydeskApplication.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        CHILDREN.add(process);
        return process;
    }

    private static void kill(Process process) {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CHILDREN.remove(process);
    }

    private void awaitReady(int port, Path log) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            assertThat(child.isAlive())
                    .as("the child process is running; its log:\n%s", tail(log))
                    .isTrue();
            try {
                if (get(port, "/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            assertThat(System.nanoTime())
                    .as("the child process ready within %s; its log:\n%s", START_TIMEOUT, tail(log))
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String graphql(String query) {
        return "{\"query\":\"" + query + "\"}";
    }

    private static HttpResponse<String> post(int port, String path, String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", ADMIN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
