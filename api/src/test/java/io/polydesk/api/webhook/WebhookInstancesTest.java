package io.polydesk.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.PolydeskApplication;
import io.polydesk.api.testing.TestSigningKey;
import io.polydesk.api.webhook.WebhookConfiguration.WebhookDispatcherHandle;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.TicketCreation;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.webhook.WebhookAttempt;
import io.polydesk.domain.webhook.WebhookDeliveryLedger;
import io.polydesk.domain.webhook.WebhookEndpointCommand;
import io.polydesk.domain.webhook.WebhookEndpointService;
import io.polydesk.persistence.testing.H2Database;
import io.polydesk.persistence.testing.RealDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several Polydesk processes over one database, as separate application contexts: an event whose change
 * committed while no dispatcher ran is delivered by the next process to start, an attempt lost with its process
 * is taken up again, and two running processes send each message once. The first runs on an H2 of this class's
 * own, so no other test context's dispatcher can deliver in between; two running processes use the real database
 * when one is configured, where the other test contexts' dispatchers compete for the same rows too.
 */
class WebhookInstancesTest {

    /** With these timeouts an attempt lasts at most 4s, so the lease is 5s: a lost attempt is retried after that. */
    private static final String[] LOST_ATTEMPT_AFTER = {
        "--polydesk.webhooks.connect-timeout=2s",
        "--polydesk.webhooks.read-timeout=2s",
        "--polydesk.webhooks.attempt-lease=5s"
    };

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private String url;
    private Path dataDir;
    private WebhookReceiver receiver;
    private Runnable cleanUp = () -> {};

    @BeforeEach
    void setUp() throws Exception {
        url = H2Database.newUrl();
        dataDir = Files.createTempDirectory("polydesk-webhook-instances");
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void tearDown() {
        cleanUp.run();
        contexts.forEach(ConfigurableApplicationContext::close);
        receiver.close();
    }

    /** One process over this class's own H2; every one shares the data directory (and so the sealing key). */
    private ConfigurableApplicationContext start(boolean dispatcher, String... more) {
        return start(
                List.of(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password="),
                dispatcher,
                more);
    }

    /** One process over the real test database if there is one, with the key every server over it shares. */
    private ConfigurableApplicationContext startOnSharedDatabase() {
        var real = RealDatabase.connection();
        if (real.isEmpty()) {
            return start(true);
        }
        return start(
                List.of(
                        "--spring.datasource.url=" + real.get().url(),
                        "--spring.datasource.username=" + real.get().username(),
                        "--spring.datasource.password=" + real.get().password(),
                        "--polydesk.security.jwt-private-key=" + TestSigningKey.pem()),
                true);
    }

    private ConfigurableApplicationContext start(List<String> database, boolean dispatcher, String... more) {
        // Command-line arguments, so they win over application.yml as they would for a real process.
        List<String> args = new ArrayList<>(database);
        args.addAll(List.of(
                "--server.port=0",
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--polydesk.data-dir=" + dataDir,
                "--polydesk.admin.password=admin-password-for-tests",
                "--polydesk.webhooks.allowed-hosts=localhost",
                "--polydesk.webhooks.dispatcher=" + dispatcher,
                "--polydesk.webhooks.poll-interval=100ms",
                "--polydesk.webhooks.first-retry-delay=100ms"));
        args.addAll(List.of(more));
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(PolydeskApplication.class).run(args.toArray(String[]::new));
        contexts.add(context);
        return context;
    }

    private static Actor admin(ConfigurableApplicationContext context) {
        User admin =
                context.getBean(UserQueries.class).byEmail("admin@example.com").orElseThrow();
        return new Actor(admin.id(), admin.username(), admin.role());
    }

    private void register(ConfigurableApplicationContext context) {
        long id = context.getBean(WebhookEndpointService.class)
                .create(
                        admin(context),
                        WebhookEndpointCommand.create(receiver.url(), null, List.of("ticket.created"), true))
                .endpoint()
                .id();
        // On the shared database an endpoint left behind would keep every later test's dispatchers busy.
        cleanUp = () -> contexts.stream()
                .filter(ConfigurableApplicationContext::isActive)
                .findFirst()
                .ifPresent(
                        running -> running.getBean(WebhookEndpointService.class).delete(admin(running), id));
    }

    private static void ticket(ConfigurableApplicationContext context, String title) {
        context.getBean(TicketCreation.class).create(admin(context), CreateTicket.of(title, "From another process"));
    }

    @Test
    void anEventCommittedBeforeACrashIsDeliveredByTheNextProcess() throws Exception {
        ConfigurableApplicationContext crashed = start(false, LOST_ATTEMPT_AFTER);
        register(crashed);
        ticket(crashed, "Claimed mid-delivery when the process died");
        ticket(crashed, "Committed, not yet sent, when the process died");
        // The first message is claimed, as a dispatcher does before sending, and the process dies before it is sent.
        crashed.getBean(WebhookDispatcherHandle.class).dispatcher().fanOut();
        List<WebhookAttempt> lost = crashed.getBean(WebhookDeliveryLedger.class).claim(10);
        assertThat(lost).hasSize(1);
        crashed.close();
        assertThat(receiver.received()).isEmpty();

        start(true, LOST_ATTEMPT_AFTER);
        List<WebhookReceiver.Received> got = receiver.awaitCount(2, Duration.ofSeconds(60));
        assertThat(got.get(0).body()).contains("Claimed mid-delivery when the process died");
        assertThat(got.get(0).messageId()).isEqualTo(lost.get(0).delivery().messageId());
        assertThat(got.get(1).body()).contains("Committed, not yet sent, when the process died");
        Thread.sleep(500);
        assertThat(receiver.received()).hasSize(2);
    }

    @Test
    void twoRunningProcessesSendEachMessageOnce() throws Exception {
        ConfigurableApplicationContext one = startOnSharedDatabase();
        ConfigurableApplicationContext two = startOnSharedDatabase();
        register(one);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String title = "Two processes " + i + " " + UUID.randomUUID();
            titles.add(title);
            ticket(i % 2 == 0 ? one : two, title);
        }
        receiver.awaitCount(10, Duration.ofSeconds(30));
        Thread.sleep(1500);
        List<WebhookReceiver.Received> got = receiver.received();
        assertThat(got).hasSize(10);
        assertThat(got).extracting(WebhookReceiver.Received::messageId).doesNotHaveDuplicates();
        for (int i = 0; i < 10; i++) {
            assertThat(got.get(i).body()).contains(titles.get(i));
        }
    }
}
