package io.polydesk.compat.ticketingv1;

import static io.polydesk.compat.ticketingv1.TicketingV1Client.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.webhook.WebhookEndpointService;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** {@code GET/POST/DELETE /webhooks}: the same endpoints as GraphQL's, in this API's envelope and errors. */
@PolydeskIntegrationTest
class TicketingV1WebhooksTest {

    /** Loopback is allowed in the tests (polydesk.webhooks.allowed-hosts); nothing listens on this port. */
    private static final String URL = "http://127.0.0.1:9/hooks/polydesk";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    WebhookEndpointService endpoints;

    private TestUser admin;
    private TestUser agent;
    private TestUser customer;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        admin = users.admin();
        agent = users.agent();
        customer = users.customer();
    }

    private String create() {
        return as(port, admin)
                .post("/webhooks", "{\"url\":\"" + URL + "\",\"events\":[\"ticket.created\"],\"active\":false}")
                .expect(201)
                .data()
                .get("id")
                .asString();
    }

    @Test
    void anAdministratorRegistersListsAndDeletesAWebhook() {
        TicketingV1Client.Reply created = as(port, admin)
                .post(
                        "/webhooks",
                        "{\"url\":\"" + URL + "\",\"events\":[\"ticket.created\",\"comment.created\"],"
                                + "\"description\":\"CRM\",\"active\":false}")
                .expect(201);
        JsonNode data = created.data();
        String id = data.get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/webhooks/" + id);
        assertThat(data.get("secret").asString()).startsWith("whsec_");
        assertThat(data.get("url").asString()).isEqualTo(URL);
        assertThat(data.get("events").toString()).isEqualTo("[\"ticket.created\",\"comment.created\"]");
        assertThat(data.get("active").asBoolean()).isFalse();
        assertThat(data.get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        JsonNode one = as(port, admin).get("/webhooks/" + id).expect(200).data();
        assertThat(one.has("secret")).isFalse();
        JsonNode list =
                as(port, admin).get("/webhooks?per_page=100").expect(200).json();
        assertThat(list.get("pagination").get("per_page").asInt()).isEqualTo(100);
        List<String> ids = StreamSupport.stream(list.get("data").spliterator(), false)
                .map(n -> n.get("id").asString())
                .toList();
        assertThat(ids).contains(id);
        assertThat(list.toString()).doesNotContain("whsec_");
        assertThat(endpoints.get(admin.actor(), Long.parseLong(id)).url()).isEqualTo(URL);

        assertThat(as(port, admin).delete("/webhooks/" + id).expect(204).raw().body())
                .isEmpty();
        as(port, admin).get("/webhooks/" + id).expectError(404, "not_found");
        as(port, admin).delete("/webhooks/" + id).expectError(404, "not_found");
    }

    @Test
    void onlyAdministratorsRegisterOrSeeWebhooks() {
        String body = "{\"url\":\"" + URL + "\",\"events\":[\"ticket.created\"]}";
        as(port, agent).post("/webhooks", body).expectError(403, "forbidden");
        as(port, customer).get("/webhooks").expectError(403, "forbidden");
        TicketingV1Client.anonymous(port).get("/webhooks").expectError(401, "unauthorized");
        String id = create();
        as(port, agent).delete("/webhooks/" + id).expectError(403, "forbidden");
        as(port, customer).get("/webhooks/" + id).expectError(403, "forbidden");
        as(port, admin).delete("/webhooks/" + id).expect(204);
    }

    @Test
    void badRegistrationsAreRefusedInThisApisErrorShape() {
        TicketingV1Client admin = as(port, this.admin);
        admin.post("/webhooks", "{\"url\":\"" + URL + "\"}")
                .expectError(400, "invalid_input")
                .detail("events");
        admin.post("/webhooks", "{\"url\":\"" + URL + "\",\"events\":[\"ticket.exploded\"]}")
                .expectError(400, "invalid_input")
                .detail("events[0]");
        admin.post("/webhooks", "{\"url\":[1],\"events\":[\"ticket.created\"]}")
                .expectError(400, "invalid_input")
                .detail("url");
        admin.post("/webhooks", "{not json").expectError(400, "invalid_input");
        assertThat(admin.post("/webhooks", "{\"url\":\"ftp://example.com/x\",\"events\":[\"ticket.created\"]}")
                        .expectError(422, "validation_error")
                        .detail("url"))
                .contains("http or https");
        assertThat(admin.post(
                                "/webhooks",
                                "{\"url\":\"http://169.254.169.254/latest/meta-data\",\"events\":[\"user.created\"]}")
                        .expectError(422, "validation_error")
                        .detail("url"))
                .contains("internal address");
        admin.post("/webhooks", "{\"events\":[\"user.created\"]}")
                .expectError(422, "validation_error")
                .detail("url");
        admin.get("/webhooks/abc").expectError(404, "not_found");
    }
}
