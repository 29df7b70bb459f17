package io.polydesk.compat.ticketingv1;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.compat.ticketingv1.TicketingV1Client.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Whatever goes wrong on a Ticketing Platform path, the answer is the document's envelope, never Spring's page. */
@PolydeskIntegrationTest
class TicketingV1ErrorsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TicketingV1Client agent;
    private String ticket;

    @BeforeEach
    void setUp() {
        agent = TicketingV1Client.as(port, new TestUsers(context).agent());
        ticket = agent.post("/tickets", "{\"title\":\"Errors\"}")
                .expect(201)
                .data()
                .get("id")
                .asString();
    }

    @Test
    void unknownPathsAreNotFound() {
        assertThat(agent.get("/tickets/" + ticket + "/nothing")
                        .expectError(404, "not_found")
                        .raw()
                        .body())
                .doesNotContain("Whitelabel")
                .doesNotContain("timestamp");
        agent.get("/nothing-here").expectError(404, "not_found");
        agent.get("/").expectError(404, "not_found");
    }

    @Test
    void theSecondBasePathIsOffByDefault() {
        Reply reply = agent.under("/ticketing/v1").get("/tickets").expect(404);
        assertThat(reply.raw().body()).doesNotContain("\"data\"");
        assertThat(reply.header("X-RateLimit-Limit")).isNull();
    }

    @Test
    void wrongMethodsAreMethodNotAllowed() {
        Reply put = agent.send("PUT", "/tickets/" + ticket, "application/json", "{\"title\":\"x\"}")
                .expectError(405, "method_not_allowed");
        assertThat(put.header("Allow")).contains("PATCH");
        agent.delete("/tickets").expectError(405, "method_not_allowed");
        agent.get("/tickets/" + ticket + "/comments").expectError(405, "method_not_allowed");
    }

    @Test
    void bodiesThatAreNotTheExpectedJsonAreInvalidInput() {
        agent.send("PATCH", "/tickets/" + ticket, "application/json", "{\"title\":")
                .expectError(400, "invalid_input");
        agent.send("POST", "/tickets/" + ticket + "/comments", "application/json", "")
                .expectError(400, "invalid_input");
        agent.send("POST", "/tickets", "application/json", "null").expectError(400, "invalid_input");
        agent.send("POST", "/tickets", "application/json", "\"a string\"").expectError(400, "invalid_input");
        agent.send("PATCH", "/tickets/" + ticket, null, "{\"title\":\"x\"}").expectError(415, "unsupported_media_type");
        assertThat(agent.patch("/tickets/" + ticket, "{\"assigned_to\":true}")
                        .expectError(400, "invalid_input")
                        .detail("assigned_to"))
                .isEqualTo("Expected an id (a string of digits), got a boolean");
        assertThat(agent.patch("/tickets/" + ticket, "{\"status\":null}")
                        .expectError(400, "invalid_input")
                        .detail("status"))
                .isEqualTo("Status must be one of: open, in_progress, resolved, closed");
    }

    @Test
    void answersAreJsonWhateverTheClientAccepts() {
        for (String accept : new String[] {"application/xml", "text/html"}) {
            Reply list = agent.rawWithAccept("/api/v1/tickets", accept).expect(200);
            assertThat(list.header("Content-Type")).startsWith("application/json");
            assertThat(list.json().has("pagination")).isTrue();
            agent.rawWithAccept("/api/v1/tickets/999999", accept).expectError(404, "not_found");
            agent.rawWithAccept("/api/v1/nothing", accept).expectError(404, "not_found");
        }
    }

    @Test
    void urlsTheFirewallRefusesAreInvalidInputInTheEnvelope() {
        for (String path :
                new String[] {"/api/v1/tickets;jsessionid=1", "/api/v1//tickets", "/api/v1/tickets/%2e%2e/users"}) {
            Reply refused = agent.rawWithAccept(path, "application/json").expectError(400, "invalid_input");
            assertThat(refused.error().get("message").asString()).contains("rejected");
        }
    }

    @Test
    void everyFieldProblemIsReportedAtOnce() {
        Reply refused = agent.post(
                        "/tickets",
                        "{\"title\":[],\"priority\":\"urgent\",\"tags\":[1],\"custom_fields\":{\"browser\":{}}}")
                .expectError(400, "invalid_input");
        assertThat(refused.error().get("details")).hasSize(4);
        assertThat(refused.detail("tags[0]")).isEqualTo("Expected a string, got a number");
        assertThat(refused.detail("custom_fields.browser"))
                .isEqualTo("Expected a string, number or boolean, got an object");
    }

    @Test
    void missingOrBadCredentialsAreUnauthorizedWithAChallenge() {
        Reply anonymous = TicketingV1Client.anonymous(port).get("/users").expectError(401, "unauthorized");
        assertThat(anonymous.header("WWW-Authenticate")).contains("Bearer");
        TicketingV1Client.anonymous(port)
                .post("/auth/login", "{\"email\":\"nobody@example.com\",\"password\":\"wrong password\"}")
                .expectError(401, "invalid_credentials");
        assertThat(TicketingV1Client.anonymous(port)
                        .post("/auth/login", "{\"email\":\"nobody@example.com\"}")
                        .expectError(422, "validation_error")
                        .detail("password"))
                .isEqualTo("Password must not be blank");
    }
}
