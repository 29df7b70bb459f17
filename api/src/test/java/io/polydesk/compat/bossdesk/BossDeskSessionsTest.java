package io.polydesk.compat.bossdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** {@code POST /sessions} hands out an API key that works as {@code Token token="..."}; {@code GET /account}. */
@PolydeskIntegrationTest
class BossDeskSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void basicCredentialsGiveTheUserAnApiKeyAndPermissions() {
        TestUser agent = new TestUsers(context).agent();

        JsonNode session =
                BossDeskClient.as(port, agent).post("/sessions", "").expect(200).json();

        assertThat(session.get("id").asLong()).isEqualTo(agent.id());
        assertThat(session.get("friendly_id").asLong()).isEqualTo(agent.id());
        assertThat(session.get("username").asString()).isEqualTo(agent.user().username());
        assertThat(session.get("email").asString()).isEqualTo(agent.user().email());
        assertThat(session.get("is_agent").asBoolean()).isTrue();
        assertThat(session.get("api_key").asString()).isNotBlank();
        assertThat(session.get("permissions").get("tickets").toString()).contains("index", "show", "create");
        assertThat(session.get("permissions").get("users").toString()).doesNotContain("create");

        JsonNode account = BossDeskClient.withToken(port, session.get("api_key").asString())
                .get("/account")
                .expect(200)
                .json();
        assertThat(account.get("name").asString()).isEqualTo("Polydesk");
        assertThat(account.get("currency").get("unit").asString()).isEqualTo("$");
        assertThat(account.get("default_helpdesk_priority_id").isNumber()).isTrue();
    }

    @Test
    void theApiKeyIsAStoredTokenOfTheUserInEveryRailsForm() {
        TestUser customer = new TestUsers(context).customer();
        String key = BossDeskClient.as(port, customer)
                .post("/sessions", "{}")
                .expect(200)
                .json()
                .get("api_key")
                .asString();

        new BossDeskClient(port, "Token token=" + key).get("/account").expect(200);
        new BossDeskClient(port, "Token " + key).get("/account").expect(200);
        new BossDeskClient(port, "Bearer " + key).get("/account").expect(200);
        new BossDeskClient(port, "Token token=\"" + key + "\", nonce=\"abc\"")
                .get("/account")
                .expect(200);
        new BossDeskClient(port, "Token token=\"" + key + "x\"").get("/account").expect(401);
        assertThat(context.getBean(io.polydesk.domain.token.ApiTokenService.class)
                        .list(customer.actor(), null))
                .anySatisfy(t -> assertThat(t.name()).isEqualTo("BOSSDesk API key"));
    }

    @Test
    void customersGetOnlyTheEndUserPermissions() {
        JsonNode session = BossDeskClient.as(port, new TestUsers(context).customer())
                .post("/sessions", "")
                .expect(200)
                .json();

        assertThat(session.get("is_agent").asBoolean()).isFalse();
        assertThat(session.get("roles").isEmpty()).isTrue();
        assertThat(session.get("permissions").has("my_tickets")).isTrue();
        assertThat(session.get("permissions").has("tickets")).isFalse();
    }

    @Test
    void wrongPasswordIsUnauthorizedWithRailsTokenChallenge() {
        TestUser agent = new TestUsers(context).agent();
        String wrong = "Basic "
                + java.util.Base64.getEncoder().encodeToString((agent.user().username() + ":nope").getBytes());

        BossDeskClient.Reply reply =
                new BossDeskClient(port, wrong).post("/sessions", "").expect(401);

        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Token realm=\"Application\"");
        assertThat(reply.errors("base").get(0).asString()).isNotBlank();
    }
}
