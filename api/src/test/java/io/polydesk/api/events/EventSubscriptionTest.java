package io.polydesk.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.node.GlobalId;
import io.polydesk.api.graphql.node.GraphQlVersion;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.merge.TicketMergeService;
import io.polydesk.domain.ticket.Ticket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Subscriptions over graphql-transport-ws with a real WebSocket client: writes on any surface arrive, each
 * subscriber hears only what its user may see, and a client that reconnects with {@code after} misses nothing.
 */
@PolydeskIntegrationTest
class EventSubscriptionTest extends GraphQlTestSupport {

    private static final String EVENT_FIELDS =
            "{ id type ticketId commentId changedFields from to comment { content internal } ticket { title } actor { id } }";

    @Autowired
    EventLog log;

    @Autowired
    TicketMergeService merges;

    /** Subscribes from the log's current end, so no write after this call can be missed however late it registers. */
    private void subscribeFromNow(GraphQlWsClient client, String id, String filter) {
        client.subscribe(
                id,
                "subscription { ticketEvents(" + (filter == null ? "" : "filter: " + filter + ", ") + "after: \""
                        + log.lastId() + "\") " + EVENT_FIELDS + " }");
    }

    private static boolean isFor(Map<String, Object> event, long ticketId, String type) {
        return id(ticketId).equals(event.get("ticketId")) && type.equals(event.get("type"));
    }

    private List<Map<String, Object>> eventsOfTicketUntil(
            GraphQlWsClient client, String subscription, long ticketId, String lastType) {
        return client.eventsUntil(subscription, "ticketEvents", e -> isFor(e, ticketId, lastType)).stream()
                .filter(e -> id(ticketId).equals(e.get("ticketId")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private long createTicketOverGraphQl(TestUser user, String title) {
        Map<String, Object> ticket = as(user).document(
                        "mutation { createTicket(input: {title: \"" + title + "\"}) { ticket { id } } }")
                .execute()
                .path("createTicket.ticket")
                .entity(Map.class)
                .get();
        return Long.parseLong((String) ticket.get("id"));
    }

    private void commentOverArctyk(TestUser user, long ticketId, String content) throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/api/tickets/" + ticketId + "/comments/"))
                                .header("Authorization", user.basic())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"" + content + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    }

    @Test
    void writesOverGraphQlAndArctykReachAnAgentsSubscription() throws Exception {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        try (GraphQlWsClient client = GraphQlWsClient.connect(port, agent.basic())) {
            subscribeFromNow(client, "s1", null);

            long ticketId = createTicketOverGraphQl(customer, "Printer jammed");
            commentOverArctyk(agent, ticketId, "Have you tried turning it off");

            List<Map<String, Object>> events = eventsOfTicketUntil(client, "s1", ticketId, "COMMENT_ADDED");
            assertThat(events).extracting(e -> e.get("type")).containsExactly("TICKET_CREATED", "COMMENT_ADDED");
            assertThat(events.get(0).get("ticket")).isEqualTo(Map.of("title", "Printer jammed"));
            assertThat(events.get(0).get("actor")).isEqualTo(Map.of("id", id(customer.id())));
            assertThat(events.get(1).get("comment"))
                    .isEqualTo(Map.of("content", "Have you tried turning it off", "internal", false));
            assertThat(Long.parseLong((String) events.get(1).get("id")))
                    .isGreaterThan(Long.parseLong((String) events.get(0).get("id")));
        }
    }

    @Test
    void versionTwoNamesTheMergedTicketByItsGlobalId() {
        TestUser agent = users.agent();
        Ticket source = ticket(users.customer(), "Duplicate " + unique());
        Ticket target = ticket(users.customer(), "Original " + unique());
        try (GraphQlWsClient client = GraphQlWsClient.open(port, Map.of(GraphQlVersion.HEADER, "2"))) {
            client.init(Map.of("Authorization", agent.basic()));
            client.expectAck();
            client.subscribe(
                    "m1",
                    "subscription { ticketEvents(filter: {types: [TICKET_MERGED]}, after: \"" + log.lastId()
                            + "\") { ticketId mergedTicketId } }");

            merges.merge(agent.actor(), source.id(), target.id());

            String targetId = new GlobalId("Ticket", target.id()).encoded();
            List<Map<String, Object>> events =
                    client.eventsUntil("m1", "ticketEvents", e -> targetId.equals(e.get("ticketId")));
            assertThat(events.get(events.size() - 1).get("mergedTicketId"))
                    .isEqualTo(new GlobalId("Ticket", source.id()).encoded());
        }
    }

    @Test
    void updatesNameTheirFieldsAndStatusMoves() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Slow laptop");
        try (GraphQlWsClient client = GraphQlWsClient.connect(port, agent.basic())) {
            subscribeFromNow(client, "s1", "{ticketId: \"" + ticket.id() + "\"}");

            ticketUpdates.changeStatus(agent.actor(), ticket.id(), "open", null, null);

            List<Map<String, Object>> events = eventsOfTicketUntil(client, "s1", ticket.id(), "TICKET_STATUS_CHANGED");
            assertThat(events)
                    .extracting(e -> e.get("type"))
                    .containsExactly("TICKET_UPDATED", "TICKET_STATUS_CHANGED");
            assertThat(events.get(0).get("changedFields")).isEqualTo(List.of("status"));
            assertThat(events.get(1)).containsEntry("from", "new").containsEntry("to", "open");
        }
    }

    @Test
    void aCustomerHearsOnlyOfTheirOwnTicketsAndNeverOfInternalComments() {
        TestUser customer = users.customer();
        TestUser other = users.customer();
        TestUser agent = users.agent();
        try (GraphQlWsClient client = GraphQlWsClient.connect(port, customer.basic())) {
            subscribeFromNow(client, "s1", null);

            Ticket theirs = ticket(other, "Someone else's");
            comment(agent, theirs, "Not for you", false);
            Ticket mine = ticket(customer, "Mine");
            comment(agent, mine, "Agents only", true);
            comment(agent, mine, "Hello", false);

            List<Map<String, Object>> events =
                    client.eventsUntil("s1", "ticketEvents", e -> isFor(e, mine.id(), "COMMENT_ADDED"));
            assertThat(events).allSatisfy(e -> assertThat(e.get("ticketId")).isEqualTo(id(mine.id())));
            assertThat(events).extracting(e -> e.get("type")).containsExactly("TICKET_CREATED", "COMMENT_ADDED");
            assertThat(events.get(1).get("comment")).isEqualTo(Map.of("content", "Hello", "internal", false));
        }
    }

    @Test
    void commentAddedFollowsOneTicket() {
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        Ticket ticket = ticket(customer, "Monitor flickers");
        Ticket elsewhere = ticket(customer, "Mouse");
        try (GraphQlWsClient client = GraphQlWsClient.connect(port, customer.basic())) {
            client.subscribe(
                    "c1",
                    "subscription { commentAdded(ticketId: \"" + ticket.id() + "\", after: \"" + log.lastId()
                            + "\") { id type commentId comment { content } } }");

            comment(agent, elsewhere, "Wrong ticket", false);
            comment(agent, ticket, "Internal note", true);
            comment(agent, ticket, "Replacing the cable", false);

            Map<String, Object> event = client.nextEvent("c1", "commentAdded");
            assertThat(event).containsEntry("type", "COMMENT_ADDED");
            assertThat(event.get("comment")).isEqualTo(Map.of("content", "Replacing the cable"));
        }
    }

    @Test
    void aClientThatReconnectsWithAfterGetsWhatItMissed() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Backups failing");
        String lastSeen;
        try (GraphQlWsClient client = GraphQlWsClient.connect(port, agent.basic())) {
            subscribeFromNow(client, "s1", "{ticketId: \"" + ticket.id() + "\"}");
            comment(agent, ticket, "Looking", false);
            lastSeen = (String) client.nextEvent("s1", "ticketEvents").get("id");
        }

        comment(agent, ticket, "Disk full", true);
        comment(agent, ticket, "Freed space", false);

        try (GraphQlWsClient client = GraphQlWsClient.connect(port, agent.basic())) {
            client.subscribe(
                    "s2",
                    "subscription { ticketEvents(filter: {ticketId: \"" + ticket.id() + "\"}, after: \"" + lastSeen
                            + "\") " + EVENT_FIELDS + " }");
            assertThat(client.nextEvent("s2", "ticketEvents").get("comment"))
                    .isEqualTo(Map.of("content", "Disk full", "internal", true));
            assertThat(client.nextEvent("s2", "ticketEvents").get("comment"))
                    .isEqualTo(Map.of("content", "Freed space", "internal", false));
        }
    }

    @Test
    void everyCredentialFormWorksInTheInitPayloadAndOnTheUpgrade() {
        TestUser agent = users.agent();
        String jwt = anonymous()
                .document("mutation { login(input: {login: \"" + agent.user().username() + "\", password: \""
                        + agent.password() + "\"}) { token } }")
                .execute()
                .path("login.token")
                .entity(String.class)
                .get();
        String apiToken = as(agent)
                .document("mutation { createApiToken(input: {name: \"ws\"}) { secret } }")
                .execute()
                .path("createApiToken.secret")
                .entity(String.class)
                .get();

        for (String authorization :
                List.of(agent.basic(), "Bearer " + jwt, "Bearer " + apiToken, "Token token=\"" + apiToken + "\"")) {
            assertReceivesOwnTicket(GraphQlWsClient.connect(port, authorization), agent, authorization);
            GraphQlWsClient viaHeader = GraphQlWsClient.open(port, Map.of("Authorization", authorization));
            viaHeader.init(Map.of());
            viaHeader.expectAck();
            assertReceivesOwnTicket(viaHeader, agent, authorization);
        }
        GraphQlWsClient nested = GraphQlWsClient.open(port, Map.of());
        nested.init(Map.of("headers", Map.of("authorization", agent.basic())));
        nested.expectAck();
        assertReceivesOwnTicket(nested, agent, "headers.authorization");
    }

    private void assertReceivesOwnTicket(GraphQlWsClient client, TestUser agent, String form) {
        try (client) {
            subscribeFromNow(client, "s1", null);
            Ticket ticket = ticket(agent, "Via " + form.substring(0, 5));
            assertThat(eventsOfTicketUntil(client, "s1", ticket.id(), "TICKET_CREATED"))
                    .as(form)
                    .hasSize(1);
        }
    }

    @Test
    void wrongCredentialsInThePayloadCloseTheConnectionWith4401() {
        for (String authorization : List.of(
                "Basic " + java.util.Base64.getEncoder().encodeToString("x:y".getBytes()),
                "Bearer pd_nonsense",
                "Bearer a.b.c",
                "Digest abc")) {
            try (GraphQlWsClient client = GraphQlWsClient.open(port, Map.of())) {
                client.init(Map.of("Authorization", authorization));
                assertThat(client.awaitClose()).as(authorization).isEqualTo(4401);
            }
        }
        try (GraphQlWsClient client = GraphQlWsClient.open(port, Map.of())) {
            client.init(Map.of("Authorization", 42));
            assertThat(client.awaitClose()).isEqualTo(4401);
        }
    }

    @Test
    void wrongCredentialsOnTheUpgradeAreRefusedWith401() {
        try {
            GraphQlWsClient.open(port, Map.of("Authorization", "Bearer pd_nonsense"))
                    .close();
            throw new AssertionError("the upgrade was accepted");
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            assertThat(((WebSocketHandshakeException) e.getCause())
                            .getResponse()
                            .statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    void subscribingWithoutCredentialsIsUnauthorized() {
        try (GraphQlWsClient client = GraphQlWsClient.connect(port, null)) {
            client.subscribe("s1", "subscription { ticketEvents { id } }");
            assertThat(errorOf(client.nextFor("s1"))).containsEntry("classification", "UNAUTHORIZED");
        }
    }

    @Test
    void badArgumentsAreGraphQlErrorsAndInvisibleTicketsAreNotFound() {
        TestUser customer = users.customer();
        Ticket theirs = ticket(users.customer(), "Not yours");
        try (GraphQlWsClient client = GraphQlWsClient.connect(port, customer.basic())) {
            client.subscribe("a", "subscription { ticketEvents(filter: {ticketId: \"abc\"}) { id } }");
            assertThat(errorOf(client.nextFor("a"))).containsEntry("classification", "BAD_REQUEST");
            client.subscribe("b", "subscription { ticketEvents(after: \"-4\") { id } }");
            assertThat(errorOf(client.nextFor("b"))).containsEntry("classification", "BAD_REQUEST");
            client.subscribe("c", "subscription { ticketEvents(filter: {ticketId: \"" + theirs.id() + "\"}) { id } }");
            assertThat(errorOf(client.nextFor("c"))).containsEntry("classification", "NOT_FOUND");
            client.subscribe("d", "subscription { commentAdded(ticketId: \"" + theirs.id() + "\") { id } }");
            assertThat(errorOf(client.nextFor("d"))).containsEntry("classification", "NOT_FOUND");
            client.subscribe("e", "subscription { ticketEvents(filter: {types: [NO_SUCH_TYPE]}) { id } }");
            assertThat(client.nextFor("e").get("type")).isIn("error", "next");
            client.subscribe("f", "subscription { ticketEvents { id nope } }");
            assertThat(client.nextFor("f").get("type")).isIn("error", "next");
        }
    }

    @Test
    void queriesAndMutationsOverWebSocketAreRefusedForHttp() {
        TestUser agent = users.agent();
        try (GraphQlWsClient client = GraphQlWsClient.connect(port, agent.basic())) {
            client.subscribe("q", "{ me { username } }");
            assertThat(errorOf(client.nextFor("q")))
                    .containsEntry("classification", "BAD_REQUEST")
                    .containsEntry("code", "SUBSCRIPTIONS_ONLY");
            client.subscribe("m", "mutation { createApiToken(input: {name: \"x\"}) { secret } }");
            assertThat(errorOf(client.nextFor("m"))).containsEntry("code", "SUBSCRIPTIONS_ONLY");
        }
    }

    /** The extensions of the first error, whether it came as an {@code error} or a {@code next} message. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> errorOf(Map<String, Object> message) {
        Object payload = message.get("payload");
        List<Map<String, Object>> errors = payload instanceof List<?> list
                ? (List<Map<String, Object>>) list
                : (List<Map<String, Object>>) ((Map<String, Object>) payload).get("errors");
        assertThat(errors).as(message.toString()).isNotEmpty();
        return (Map<String, Object>) errors.get(0).get("extensions");
    }
}
