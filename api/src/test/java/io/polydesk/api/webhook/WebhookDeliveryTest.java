package io.polydesk.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.HttpTestClient;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.api.webhook.WebhookConfiguration.WebhookDispatcherHandle;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.UpdateTicket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;

/**
 * Events of real writes reach a loopback receiver through the scheduled dispatcher: signed, in order per
 * endpoint, retried after 500s, logged, replayable, and sent once however many dispatchers run.
 */
@PolydeskIntegrationTest
class WebhookDeliveryTest extends GraphQlTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String DELIVERIES = """
            query($id: ID!) {
              webhookDeliveries(endpointId: $id, first: 50) {
                totalCount
                edges { node { id eventId eventType messageId status attempts lastResponseCode lastError nextAttemptAt } }
              }
            }""";

    @Autowired
    WebhookDispatcherHandle dispatcher;

    private WebhookReceiver receiver;
    private TestUser admin;
    private TestUser customer;
    private String endpointId;
    private String secret;

    @BeforeEach
    void setUp() throws Exception {
        receiver = new WebhookReceiver();
        admin = users.admin();
        customer = users.customer();
    }

    @AfterEach
    void tearDown() {
        if (endpointId != null) {
            as(admin)
                    .document("mutation($id: ID!) { deleteWebhookEndpoint(input: {id: $id}) { id } }")
                    .variable("id", endpointId)
                    .execute();
        }
        receiver.close();
    }

    private void register(List<String> types) {
        GraphQlTester.Response created = as(admin)
                .document(WebhookEndpointsGraphQlTest.CREATE)
                .variable("input", Map.of("url", receiver.url(), "eventTypes", types))
                .execute();
        endpointId = created.path("createWebhookEndpoint.endpoint.id")
                .entity(String.class)
                .get();
        secret = created.path("createWebhookEndpoint.secret")
                .entity(String.class)
                .get();
    }

    private static JsonNode body(WebhookReceiver.Received request) {
        return HttpTestClient.JSON.readTree(request.body());
    }

    private static String event(WebhookReceiver.Received request) {
        return body(request).get("event").asString();
    }

    private List<JsonNode> deliveries() {
        JsonNode edges = HttpTestClient.JSON.valueToTree(as(admin)
                .document(DELIVERIES)
                .variable("id", endpointId)
                .execute()
                .path("webhookDeliveries.edges")
                .entity(Object.class)
                .get());
        List<JsonNode> nodes = new ArrayList<>();
        edges.forEach(e -> nodes.add(e.get("node")));
        return nodes;
    }

    @Test
    void writesReachTheEndpointSignedInOrderInTheTicketingShape() throws Exception {
        register(List.of("ticket.created", "ticket.updated", "ticket.status_changed", "comment.created"));
        Ticket ticket = ticket(customer, "Printer on fire " + unique());
        TestUser agent = users.agent();
        ticketUpdates.update(
                agent.actor(),
                ticket.id(),
                UpdateTicket.builder()
                        .status(Change.to("in_progress"))
                        .priority(Change.to("high"))
                        .build());
        comment(agent, ticket, "Looking into it", false);

        List<WebhookReceiver.Received> got = receiver.awaitCount(4, WAIT);
        assertThat(got)
                .extracting(WebhookDeliveryTest::event)
                .containsExactly("ticket.created", "ticket.updated", "ticket.status_changed", "comment.created");
        assertThat(got).allSatisfy(r -> {
            assertThat(WebhookReceiver.verifies(secret, r)).as(r.body()).isTrue();
            assertThat(r.host()).isEqualTo(receiver.hostHeader());
            assertThat(body(r).propertyNames()).containsExactly("event", "timestamp", "data");
            assertThat(body(r).get("data").get("ticket").get("id").asString()).isEqualTo(id(ticket.id()));
        });
        assertThat(got).extracting(WebhookReceiver.Received::messageId).doesNotHaveDuplicates();
        JsonNode updated = body(got.get(1)).get("data").get("ticket");
        assertThat(updated.get("changes").get("priority").get("current").asString())
                .isEqualTo("high");
        assertThat(updated.get("updated_by").get("id").asString()).isEqualTo(id(agent.id()));
        JsonNode status = body(got.get(2)).get("data").get("ticket").get("status");
        assertThat(status.get("previous").asString()).isEqualTo("open");
        assertThat(status.get("current").asString()).isEqualTo("in_progress");
        assertThat(body(got.get(3)).get("data").get("comment").get("content").asString())
                .isEqualTo("Looking into it");

        Thread.sleep(500);
        assertThat(receiver.received()).hasSize(4);
        List<JsonNode> log = deliveries();
        assertThat(log).hasSize(4).allSatisfy(d -> {
            assertThat(d.get("status").asString()).isEqualTo("DELIVERED");
            assertThat(d.get("attempts").asInt()).isEqualTo(1);
            assertThat(d.get("lastResponseCode").asInt()).isEqualTo(200);
            assertThat(d.get("eventId").isNull()).isFalse();
        });
        assertThat(log.get(0).get("eventType").asString()).isEqualTo("comment.created");
    }

    @Test
    void aNewUserIsAnnouncedAsTheUsersListShowsThem() throws Exception {
        register(List.of("user.created"));
        ticket(customer, "Not asked for " + unique());
        TestUser newcomer = users.agent();

        WebhookReceiver.Received got = receiver.awaitCount(1, WAIT).get(0);
        assertThat(event(got)).isEqualTo("user.created");
        JsonNode user = body(got).get("data").get("user");
        assertThat(user.get("id").asString()).isEqualTo(id(newcomer.id()));
        assertThat(user.get("email").asString()).isEqualTo(newcomer.user().email());
        assertThat(user.get("role").asString()).isEqualTo("agent");
        assertThat(WebhookReceiver.verifies(secret, got)).isTrue();
        Thread.sleep(500);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void aReceiverAnswering500IsRetriedWithBackoffAndLaterEventsWaitTheirTurn() throws Exception {
        register(List.of("ticket.created", "comment.created"));
        receiver.answer(n -> n < 2 ? WebhookReceiver.status(500) : WebhookReceiver.status(204));
        Ticket ticket = ticket(customer, "Flaky receiver " + unique());
        comment(customer, ticket, "Any news?", false);

        List<WebhookReceiver.Received> got = receiver.awaitCount(4, WAIT);
        assertThat(got)
                .extracting(WebhookDeliveryTest::event)
                .containsExactly("ticket.created", "ticket.created", "ticket.created", "comment.created");
        assertThat(got.get(0).messageId())
                .isEqualTo(got.get(1).messageId())
                .isEqualTo(got.get(2).messageId());
        assertThat(got.get(3).messageId()).isNotEqualTo(got.get(0).messageId());
        // first retry after 250ms less up to half; the second after 500ms less up to half
        assertThat(got.get(1).at() - got.get(0).at()).isGreaterThanOrEqualTo(120);
        assertThat(got.get(2).at() - got.get(1).at()).isGreaterThanOrEqualTo(240);
        assertThat(got)
                .allSatisfy(r -> assertThat(WebhookReceiver.verifies(secret, r)).isTrue());

        List<JsonNode> log = deliveries();
        JsonNode created = log.get(1);
        assertThat(created.get("eventType").asString()).isEqualTo("ticket.created");
        assertThat(created.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(created.get("attempts").asInt()).isEqualTo(3);
        assertThat(created.get("lastResponseCode").asInt()).isEqualTo(204);
    }

    @Test
    void aLoggedMessageCanBeReplayedWithItsIdAndARangeOfEventsToo() throws Exception {
        register(List.of("ticket.created"));
        Ticket first = ticket(customer, "Replay one " + unique());
        Ticket second = ticket(customer, "Replay two " + unique());
        List<WebhookReceiver.Received> got = receiver.awaitCount(2, WAIT);
        List<JsonNode> log = deliveries();
        String oldest = log.get(1).get("id").asString();

        GraphQlTester.Response replayed = as(admin)
                .document(
                        "mutation($id: ID!) { replayWebhookDelivery(input: {id: $id}) { delivery { messageId status } } }")
                .variable("id", oldest)
                .execute();
        replayed.path("replayWebhookDelivery.delivery.status")
                .entity(String.class)
                .isEqualTo("PENDING");
        assertThat(receiver.awaitCount(3, WAIT).get(2).messageId())
                .isEqualTo(got.get(0).messageId());

        long fromEvent = log.get(1).get("eventId").asLong();
        long toEvent = log.get(0).get("eventId").asLong();
        as(admin)
                .document(
                        "mutation($e: ID!, $from: ID!, $to: ID!) { replayWebhookDeliveries(input: {endpointId: $e, fromEventId: $from, toEventId: $to}) { deliveries { messageId } } }")
                .variable("e", endpointId)
                .variable("from", id(fromEvent))
                .variable("to", id(toEvent))
                .execute()
                .path("replayWebhookDeliveries.deliveries")
                .entityList(Object.class)
                .hasSize(2);
        List<WebhookReceiver.Received> all = receiver.awaitCount(5, WAIT);
        assertThat(all.subList(3, 5))
                .extracting(WebhookReceiver.Received::messageId)
                .containsExactly(got.get(0).messageId(), got.get(1).messageId());
        assertThat(all.subList(3, 5))
                .extracting(r -> body(r).get("data").get("ticket").get("id").asString())
                .containsExactly(id(first.id()), id(second.id()));

        GraphQlTester.Response tooWide = as(admin)
                .document(
                        "mutation($e: ID!) { replayWebhookDeliveries(input: {endpointId: $e, fromEventId: \"1\", toEventId: \"5000\"}) { deliveries { id } } }")
                .variable("e", endpointId)
                .execute();
        assertThat(detailFields(singleError(tooWide, "BAD_REQUEST"))).containsExactly("input.toEventId");
    }

    @Test
    void dispatchersRunningAtOnceSendEachMessageOnceInOrder() throws Exception {
        register(List.of("ticket.created"));
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> extra = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    dispatcher.dispatcher().fanOut();
                    dispatcher.dispatcher().deliverDue();
                }
            });
            thread.start();
            extra.add(thread);
        }
        List<String> titles = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                String title = "Concurrent " + i + " " + unique();
                titles.add(title);
                ticket(customer, title);
            }
            receiver.awaitCount(12, WAIT);
            Thread.sleep(1000);
        } finally {
            running.set(false);
            for (Thread thread : extra) {
                thread.join(10_000);
            }
        }
        List<WebhookReceiver.Received> got = receiver.received();
        assertThat(got).hasSize(12);
        assertThat(got).extracting(WebhookReceiver.Received::messageId).doesNotHaveDuplicates();
        assertThat(got)
                .extracting(r -> body(r).get("data").get("ticket").get("title").asString())
                .containsExactlyElementsOf(titles);
    }
}
