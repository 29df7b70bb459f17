package io.polydesk.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.PolydeskApplication;
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
 * is taken up again, and two running processes send each message once. The database is an H2 of this class's own,
 * so no other test context's dispatcher can deliver in between.
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

    @BeforeEach
    void setUp() throws Exception {
        url = H2Database.newUrl();
        dataDir = Files.createTempDirectory("polydesk-webhook-instances");
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void tearDown() {
        contexts.forEach(ConfigurableApplicationContext::close);
        receiver.close();
    }

    /** One process; every one shares the database and the data directory (and so the key sealing secrets). */
    private ConfigurableApplicationContext start(boolean dispatcher, String... more) {
        // Command-line arguments, so they win over application.yml as they would for a real process.
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
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
        context.getBean(WebhookEndpointService.class)
                .create(
                        admin(context),
                        WebhookEndpointCommand.create(receiver.url(), null, List.of("ticket.created"), true));
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
        ConfigurableApplicationContext one = start(true);
        ConfigurableApplicationContext two = start(true);
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
