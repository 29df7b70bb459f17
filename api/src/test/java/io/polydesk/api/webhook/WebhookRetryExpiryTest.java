package io.polydesk.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * The end of retrying, seen from outside: the application's clock is moved past the day a failing delivery is
 * retried for, and over GraphQL the delivery reads FAILED with its attempts; a redirect and a client error fail
 * at once; the third failure in a row switches the endpoint off, and a switched-off endpoint is sent nothing new.
 */
@PolydeskIntegrationTest
@Import(WebhookRetryExpiryTest.MovableClockConfiguration.class)
class WebhookRetryExpiryTest extends GraphQlTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CREATE_TICKET = """
            mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }""";
    private static final String DELIVERIES = """
            query($id: ID!) {
              webhookDeliveries(endpointId: $id, first: 50) {
                totalCount
                nodes { eventType status attempts lastResponseCode lastError nextAttemptAt payload }
              }
            }""";
    private static final String ENDPOINT = """
            query($id: ID!) { webhookEndpoint(id: $id) { active failedInARow disabledReason } }""";

    /** The system clock plus an offset the test moves forward; every bean that asks for a Clock gets this one. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            offset.accumulateAndGet(by, Duration::plus);
        }

        void backToNow() {
            offset.set(Duration.ZERO);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        /** The same moving instant seen in another zone: the offset stays shared with this clock. */
        @Override
        public Clock withZone(ZoneId zone) {
            MovableClock clock = this;
            return new Clock() {
                @Override
                public Instant instant() {
                    return clock.instant();
                }

                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return clock.withZone(other);
                }
            };
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClockConfiguration {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    MovableClock clock;

    private final List<String> endpointIds = new ArrayList<>();
    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private TestUser admin;
    private TestUser customer;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        customer = users.customer();
    }

    @AfterEach
    void tearDown() {
        for (String id : endpointIds) {
            as(admin)
                    .document("mutation($id: ID!) { deleteWebhookEndpoint(input: {id: $id}) { id } }")
                    .variable("id", id)
                    .execute();
        }
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void aDayOfFailedRetriesIsFinalAndTheThirdFinalFailureInARowSwitchesTheEndpointOff() throws Exception {
        WebhookReceiver failing = receiver();
        failing.answer(n -> WebhookReceiver.status(500));
        String endpoint = register(failing);
        WebhookReceiver healthy = receiver();
        register(healthy);

        String first = createTicket("Down for a day " + unique());
        healthy.awaitCount(1, WAIT);
        failing.awaitCount(2, WAIT);
        clock.advance(Duration.ofHours(23));
        int beforeLastHour = failing.received().size();
        // an attempt after the first one at 23 hours shows that one was recorded as a retry, not as final
        failing.awaitCount(beforeLastHour + 2, WAIT);
        JsonNode retrying = newestDelivery(endpoint);
        assertThat(retrying.get("status").asString()).as("23 hours in").isEqualTo("PENDING");
        assertThat(retrying.get("nextAttemptAt").isNull()).isFalse();

        clock.advance(Duration.ofHours(2));
        JsonNode expired =
                awaitNewest(endpoint, 1, d -> d.get("status").asString().equals("FAILED"));
        assertThat(ticketIn(expired)).isEqualTo(first);
        assertThat(expired.get("attempts").asInt())
                .isGreaterThan(beforeLastHour)
                .isEqualTo(failing.received().size());
        assertThat(expired.get("lastResponseCode").asInt()).isEqualTo(500);
        assertThat(expired.get("lastError").asString()).isEqualTo("answered 500");
        assertThat(expired.get("nextAttemptAt").isNull()).isTrue();
        assertEndpoint(endpoint, true, 1);
        // other test contexts' dispatchers may share the database; on one clock, their attempt leases hold
        clock.backToNow();

        failing.answer(n -> WebhookReceiver.status(404));
        String second = createTicket("Gone " + unique());
        JsonNode gone = awaitNewest(endpoint, 2, d -> d.get("status").asString().equals("FAILED"));
        assertThat(ticketIn(gone)).isEqualTo(second);
        assertThat(gone.get("attempts").asInt()).isEqualTo(1);
        assertThat(gone.get("lastResponseCode").asInt()).isEqualTo(404);
        assertEndpoint(endpoint, true, 2);

        failing.answer(n -> new WebhookReceiver.Redirect("http://localhost:9/elsewhere"));
        int sentBeforeRedirect = failing.received().size();
        String third = createTicket("Moved " + unique());
        JsonNode moved =
                awaitNewest(endpoint, 3, d -> d.get("status").asString().equals("FAILED"));
        assertThat(ticketIn(moved)).isEqualTo(third);
        assertThat(moved.get("attempts").asInt()).isEqualTo(1);
        assertThat(moved.get("lastResponseCode").asInt()).isEqualTo(302);
        assertThat(moved.get("lastError").asString()).contains("redirects are not followed");
        assertThat(failing.received()).hasSize(sentBeforeRedirect + 1);
        JsonNode disabled = assertEndpoint(endpoint, false, 3);
        assertThat(disabled.get("disabledReason").asString()).startsWith("3 deliveries in a row failed");

        int sentWhileActive = failing.received().size();
        String fourth = createTicket("Nobody listening " + unique());
        // the healthy endpoint getting it proves the fan-out passed this event since the other was switched off
        awaitCondition(
                () -> healthy.received().stream()
                        .anyMatch(r -> ticketIn(r.body()).equals(fourth)),
                "the healthy one");
        assertThat(deliveries(endpoint).get("totalCount").asInt()).isEqualTo(3);
        assertThat(failing.received()).hasSize(sentWhileActive);
        assertThat(healthy.received())
                .extracting(r -> ticketIn(r.body()))
                .containsExactly(first, second, third, fourth);
    }

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    private String register(WebhookReceiver receiver) {
        String id = as(admin)
                .document(WebhookEndpointsGraphQlTest.CREATE)
                .variable("input", Map.of("url", receiver.url(), "eventTypes", List.of("ticket.created")))
                .execute()
                .path("createWebhookEndpoint.endpoint.id")
                .entity(String.class)
                .get();
        endpointIds.add(id);
        return id;
    }

    private String createTicket(String title) {
        return as(customer)
                .document(CREATE_TICKET)
                .variable("input", Map.of("title", title, "description", "Description of " + title))
                .execute()
                .path("createTicket.ticket.id")
                .entity(String.class)
                .get();
    }

    private JsonNode deliveries(String endpoint) {
        return HttpTestClient.JSON.valueToTree(as(admin)
                .document(DELIVERIES)
                .variable("id", endpoint)
                .execute()
                .path("webhookDeliveries")
                .entity(Object.class)
                .get());
    }

    private JsonNode newestDelivery(String endpoint) {
        return deliveries(endpoint).get("nodes").get(0);
    }

    /** Waits until the endpoint has {@code count} deliveries and the newest satisfies {@code condition}. */
    private JsonNode awaitNewest(String endpoint, int count, Predicate<JsonNode> condition)
            throws InterruptedException {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        awaitCondition(
                () -> {
                    JsonNode log = deliveries(endpoint);
                    last.set(log);
                    return log.get("totalCount").asInt() == count
                            && condition.test(log.get("nodes").get(0));
                },
                () -> "delivery " + count + " of " + endpoint + "; log: " + last.get());
        return last.get().get("nodes").get(0);
    }

    private JsonNode assertEndpoint(String endpoint, boolean active, int failedInARow) {
        JsonNode read = HttpTestClient.JSON.valueToTree(as(admin)
                .document(ENDPOINT)
                .variable("id", endpoint)
                .execute()
                .path("webhookEndpoint")
                .entity(Object.class)
                .get());
        assertThat(read.get("active").asBoolean()).as("active: " + read).isEqualTo(active);
        assertThat(read.get("failedInARow").asInt()).as("failedInARow: " + read).isEqualTo(failedInARow);
        return read;
    }

    private static String ticketIn(JsonNode delivery) {
        return ticketIn(delivery.get("payload").asString());
    }

    private static String ticketIn(String body) {
        return HttpTestClient.JSON
                .readTree(body)
                .get("data")
                .get("ticket")
                .get("id")
                .asString();
    }

    private static void awaitCondition(Supplier<Boolean> condition, String what) throws InterruptedException {
        awaitCondition(condition, () -> what);
    }

    private static void awaitCondition(Supplier<Boolean> condition, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + WAIT + " for " + what.get());
            }
            Thread.sleep(100);
        }
    }
}
