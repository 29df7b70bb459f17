package io.polydesk.compat.ticketingv1;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketEvent.CommentAdded;
import io.polydesk.domain.ticket.TicketEvent.TicketCreated;
import io.polydesk.domain.ticket.TicketEvent.TicketUpdated;
import io.polydesk.domain.ticket.TicketQueries;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook payloads of §5.5 that the events work will deliver, built from the domain events of real writes
 * made over this API, as each recipient may see them.
 */
@PolydeskIntegrationTest
class TicketingV1WebhookPayloadsTest {

    private static final Instant AT = Instant.parse("2025-05-04T16:30:00.123Z");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TicketingWebhookPayloads payloads;

    @Autowired
    TicketQueries queries;

    @Autowired
    JsonMapper json;

    private TestUser admin;
    private TestUser agent;
    private TestUser customer;
    private long ticket;
    private String title;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        admin = users.admin();
        agent = users.agent();
        customer = users.customer();
        title = "Cannot access customer dashboard " + UUID.randomUUID();
        ticket = TicketingV1Client.as(port, customer)
                .post("/tickets", "{\"title\":" + TicketingV1Client.quote(title) + ",\"tags\":[\"dashboard\"]}")
                .expect(201)
                .data()
                .get("id")
                .asLong();
    }

    private JsonNode tree(WebhookPayload payload) {
        return json.readTree(json.writeValueAsString(payload));
    }

    @Test
    void anSlaBreachNamesTheTicketTheTargetAndTheDeadline() {
        JsonNode body = tree(payloads.slaBreached(admin.actor(), ticket, "first_response", "2025-05-04T16:00:00Z", AT)
                .orElseThrow());
        assertThat(body.get("event").asString()).isEqualTo("ticket.sla_breached");
        assertThat(body.get("data").get("ticket").get("id").asString()).isEqualTo(Long.toString(ticket));
        assertThat(body.get("data").get("ticket").get("title").asString()).isEqualTo(title);
        assertThat(body.get("data").get("target").asString()).isEqualTo("first_response");
        assertThat(body.get("data").get("dueAt").asString()).isEqualTo("2025-05-04T16:00:00Z");
        // A recipient who may not see the ticket gets nothing.
        TestUser stranger = new TestUsers(context).customer();
        assertThat(payloads.slaBreached(stranger.actor(), ticket, "resolution", "x", AT))
                .isEmpty();
    }

    @Test
    void ticketCreatedCarriesTheTicketAsCreateAnswersIt() {
        List<WebhookPayload> created = payloads.of(admin.actor(), new TicketCreated(ticket, customer.id()), AT);

        assertThat(created).hasSize(1);
        JsonNode body = tree(created.get(0));
        assertThat(body.propertyNames()).containsExactly("event", "timestamp", "data");
        assertThat(body.get("event").asString()).isEqualTo("ticket.created");
        assertThat(body.get("timestamp").asString()).isEqualTo("2025-05-04T16:30:00Z");
        JsonNode data = body.get("data").get("ticket");
        assertThat(data.get("id").asString()).isEqualTo(Long.toString(ticket));
        assertThat(data.get("title").asString()).isEqualTo(title);
        assertThat(data.get("status").asString()).isEqualTo("open");
        assertThat(data.get("created_by").get("email").asString())
                .isEqualTo(customer.user().email());
    }

    @Test
    void aStatusChangeIsAnUpdateAndTheDocumentsStatusChangedPayload() {
        TicketingV1Client.as(port, agent)
                .patch(
                        "/tickets/" + ticket,
                        "{\"status\":\"in_progress\",\"priority\":\"high\",\"assigned_to\":\"" + agent.id()
                                + "\",\"tags\":[\"dashboard\",\"access\"]}")
                .expect(200);
        List<TicketChange> changes = queries.history(admin.actor(), ticket);

        List<WebhookPayload> sent = payloads.of(customer.actor(), new TicketUpdated(ticket, agent.id(), changes), AT);

        assertThat(sent).extracting(WebhookPayload::event).containsExactly("ticket.updated", "ticket.status_changed");
        JsonNode statusChanged = tree(sent.get(1));
        JsonNode t = statusChanged.get("data").get("ticket");
        assertThat(t.propertyNames()).containsExactly("id", "title", "status", "updated_by");
        assertThat(t.get("id").asString()).isEqualTo(Long.toString(ticket));
        assertThat(t.get("status").toString()).isEqualTo("{\"previous\":\"open\",\"current\":\"in_progress\"}");
        assertThat(t.get("updated_by").propertyNames()).containsExactly("id", "name", "email");
        assertThat(t.get("updated_by").get("id").asString()).isEqualTo(Long.toString(agent.id()));

        JsonNode updated = tree(sent.get(0)).get("data").get("ticket");
        JsonNode fields = updated.get("changes");
        assertThat(fields.get("priority").toString()).isEqualTo("{\"previous\":\"medium\",\"current\":\"high\"}");
        assertThat(fields.get("assigned_to").get("current").asString()).isEqualTo(Long.toString(agent.id()));
        assertThat(fields.get("tags").get("current").toString()).isEqualTo("[\"access\",\"dashboard\"]");
    }

    @Test
    void aMoveWithinOneOfThisApisStatusesIsNoStatusChange() {
        TicketChange newToOpen = new TicketChange(0, ticket, agent.id(), AT, "status", "new", "open");

        assertThat(payloads.of(admin.actor(), new TicketUpdated(ticket, agent.id(), List.of(newToOpen)), AT))
                .isEmpty();
    }

    @Test
    void recipientsGetOnlyWhatTheyMaySee() {
        TestUser stranger = new TestUsers(context).customer();
        assertThat(payloads.of(stranger.actor(), new TicketCreated(ticket, customer.id()), AT))
                .isEmpty();

        long internal = TicketingV1Client.as(port, agent)
                .post("/tickets/" + ticket + "/comments", "{\"content\":\"Deployment broke it\",\"is_internal\":true}")
                .expect(201)
                .data()
                .get("id")
                .asLong();
        CommentAdded added = new CommentAdded(ticket, agent.id(), internal, true);

        assertThat(payloads.of(customer.actor(), added, AT)).isEmpty();
        List<WebhookPayload> forStaff = payloads.of(agent.actor(), added, AT);
        assertThat(forStaff).hasSize(1);
        JsonNode body = tree(forStaff.get(0));
        assertThat(body.get("event").asString()).isEqualTo("comment.created");
        assertThat(body.get("data").get("ticket").get("id").asString()).isEqualTo(Long.toString(ticket));
        assertThat(body.get("data").get("comment").get("is_internal").asBoolean())
                .isTrue();
        assertThat(body.get("data").get("comment").get("content").asString()).isEqualTo("Deployment broke it");
    }

    @Test
    void userCreatedCarriesTheUserAsTheListShowsThem() {
        JsonNode body = tree(payloads.userCreated(customer.user(), AT));

        assertThat(body.get("event").asString()).isEqualTo("user.created");
        JsonNode user = body.get("data").get("user");
        assertThat(user.get("id").asString()).isEqualTo(Long.toString(customer.id()));
        assertThat(user.get("role").asString()).isEqualTo("customer");
        assertThat(user.get("status").asString()).isEqualTo("active");
        assertThat(TicketingWebhookPayloads.EVENTS)
                .containsExactly(
                        "ticket.created", "ticket.updated", "ticket.status_changed", "comment.created", "user.created");
    }
}
