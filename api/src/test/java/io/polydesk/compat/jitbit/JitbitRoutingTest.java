package io.polydesk.compat.jitbit;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Jitbit's routing over HTTP: case-insensitive paths beside Arctyk's exact ones, credentials, unknown methods. */
@PolydeskIntegrationTest
class JitbitRoutingTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TestUser agent;
    private TestUser customer;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        agent = users.agent();
        customer = users.customer();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/Authorization", "/api/authorization", "/API/AUTHORIZATION", "/Api/Authorization/"})
    void authorizationAnswersTheCallersUserInAnyCase(String path) {
        JsonNode user = JitbitClient.as(port, agent).get(path).expect(200).json();

        assertThat(user.get("UserID").asLong()).isEqualTo(agent.id());
        assertThat(user.get("Username").asString()).isEqualTo(agent.user().username());
        assertThat(user.get("Email").asString()).isEqualTo(agent.user().email());
        assertThat(user.get("IsTech").asBoolean()).isTrue();
        assertThat(user.get("IsAdmin").asBoolean()).isFalse();
        assertThat(user.get("Disabled").asBoolean()).isFalse();
        assertThat(user.get("Password").isNull()).isTrue();
    }

    @Test
    void authorizationAnswersPostToo() {
        JsonNode user = JitbitClient.as(port, customer)
                .postQuery("/api/Authorization")
                .expect(200)
                .json();

        assertThat(user.get("UserID").asLong()).isEqualTo(customer.id());
        assertThat(user.get("IsTech").asBoolean()).isFalse();
    }

    @Test
    void missingOrBadCredentialsAre401WithAChallenge() {
        JitbitClient.Reply anonymous =
                JitbitClient.anonymous(port).get("/api/Authorization").expect(401);
        assertThat(anonymous.header("WWW-Authenticate")).contains("Basic").contains("Bearer");
        assertThat(anonymous.json().isString()).isTrue();

        JitbitClient.Reply wrong = new JitbitClient(port, "Basic d3Jvbmc6d3Jvbmc=")
                .get("/api/Authorization")
                .expect(401);
        assertThat(wrong.header("WWW-Authenticate")).contains("Basic");
    }

    @Test
    void bearerApiTokensWork() {
        var tokens = context.getBean(io.polydesk.domain.token.ApiTokenService.class);
        String token = tokens.create(agent.actor(), "jitbit script").secret();

        JsonNode user = new JitbitClient(port, "Bearer " + token)
                .get("/api/Authorization")
                .expect(200)
                .json();
        assertThat(user.get("UserID").asLong()).isEqualTo(agent.id());
    }

    @Test
    void anUnknownMethodIs404InJitbitsShape() {
        JitbitClient.Reply reply =
                JitbitClient.as(port, agent).get("/api/NoSuchMethod").expect(404);
        assertThat(reply.text()).contains("NoSuchMethod");
    }

    @Test
    void aWriteCalledWithTheWrongVerbIs405WithAllow() {
        JitbitClient.Reply reply =
                JitbitClient.as(port, agent).get("/api/UpdateTicket?id=1").expect(405);
        assertThat(reply.header("Allow")).isEqualTo("POST");
    }

    @Test
    void arctykKeepsItsExactLowerCasePaths() {
        JsonNode arctyk =
                JitbitClient.as(port, agent).get("/api/tickets/").expect(200).json();
        assertThat(arctyk.has("results")).isTrue();

        JsonNode jitbit =
                JitbitClient.as(port, agent).get("/api/Tickets").expect(200).json();
        assertThat(jitbit.isArray()).isTrue();
    }

    @Test
    void malformedBodiesAre400() {
        assertThat(JitbitClient.as(port, agent)
                        .json("/api/Tickets", "{not json")
                        .expect(400)
                        .text())
                .contains("JSON");
        assertThat(JitbitClient.as(port, agent)
                        .json("/api/Tickets", "[1,2]")
                        .expect(400)
                        .text())
                .contains("object");
        assertThat(JitbitClient.as(port, agent)
                        .json("/api/Tickets", "{\"count\":\"many\"}")
                        .expect(400)
                        .text())
                .contains("count");
    }
}
