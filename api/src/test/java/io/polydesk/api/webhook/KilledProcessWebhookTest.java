package io.polydesk.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.PolydeskApplication;
import io.polydesk.persistence.testing.H2Database;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A Polydesk process killed with SIGKILL while it sends a webhook, and a second ticket acknowledged but not yet
 * sent: the next process over the same database sends both, in order, the interrupted one under its first
 * webhook-id. The first process is a child JVM, so nothing of it runs after the kill: no shutdown hook, no
 * finally block, no transaction ending cleanly.
 */
class KilledProcessWebhookTest {

    private static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private Path dataDir;
    private String url;
    private WebhookReceiver receiver;
    private Process child;

    @BeforeEach
    void setUp() throws IOException {
        dataDir = Files.createTempDirectory("polydesk-killed-process");
        url = H2Database.fileUrl(dataDir.resolve("db"));
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (child != null) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        contexts.forEach(ConfigurableApplicationContext::close);
        receiver.close();
        FileSystemUtils.deleteRecursively(dataDir);
    }

    /** The same settings for both processes; the shared data directory holds the key that seals webhook secrets. */
    private List<String> arguments(int port) {
        return List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--polydesk.data-dir=" + dataDir,
                "--polydesk.admin.password=" + ADMIN_PASSWORD,
                "--polydesk.webhooks.allowed-hosts=localhost",
                "--polydesk.webhooks.poll-interval=100ms",
                // An attempt lasts at most 4s, so its lease is 5s: the next process takes it over after that.
                "--polydesk.webhooks.connect-timeout=2s",
                "--polydesk.webhooks.read-timeout=2s",
                "--polydesk.webhooks.attempt-lease=5s");
    }

    private Process startChild(int port, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                PolydeskApplication.class.getName()));
        command.addAll(arguments(port));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String adminBasic() {
        return "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(int port, String path, String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", adminBasic())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady(int port, Path log) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive())
                    .as("the child process is running; its log:\n%s", tail(log))
                    .isTrue();
            try {
                HttpResponse<String> ready = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new AssertionError(
                "the child process was not ready within " + START_TIMEOUT + "; its log:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Test
    void aProcessKilledMidDeliveryLosesNoAcknowledgedEvent() throws Exception {
        // The first request hangs past the read timeout, so the child is killed while it sends.
        receiver.answer(n -> n == 0 ? new WebhookReceiver.Hang(Duration.ofSeconds(30)) : WebhookReceiver.status(200));
        int port = freePort();
        Path log = dataDir.resolve("child.log");
        child = startChild(port, log);
        awaitReady(port, log);

        HttpResponse<String> endpoint = post(
                port,
                "/graphql",
                "{\"query\":\"mutation { createWebhookEndpoint(input: {url: \\\"" + receiver.url()
                        + "\\\", eventTypes: [\\\"ticket.created\\\"]}) { endpoint { id } userErrors { message } } }\"}");
        assertThat(endpoint.body()).contains("\"endpoint\":{\"id\"");
        HttpResponse<String> first = post(port, "/api/tickets/", "{\"title\":\"Sent when the process died\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        receiver.awaitCount(1, Duration.ofSeconds(60));
        HttpResponse<String> second = post(port, "/api/tickets/", "{\"title\":\"Acknowledged, never sent\"}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);

        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        String interrupted = receiver.received().get(0).messageId();

        List<String> restart = new ArrayList<>(arguments(0));
        contexts.add(new SpringApplicationBuilder(PolydeskApplication.class).run(restart.toArray(String[]::new)));

        List<WebhookReceiver.Received> got = receiver.awaitCount(3, Duration.ofSeconds(90));
        assertThat(got.get(1).messageId()).isEqualTo(interrupted);
        assertThat(got.get(1).body()).contains("Sent when the process died");
        assertThat(got.get(2).body()).contains("Acknowledged, never sent");
        Thread.sleep(500);
        assertThat(receiver.received()).hasSize(3);
    }
}
