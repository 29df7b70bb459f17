package io.polydesk.compat.bossdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Whatever goes wrong, a BOSSDesk client gets Rails' {@code {"errors": {...}}}, never a Spring error page. */
@PolydeskIntegrationTest
class BossDeskErrorsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private BossDeskClient agent() {
        return BossDeskClient.as(port, new TestUsers(context).agent());
    }

    @Test
    void missingCredentialsAreUnauthorizedWithTheTokenChallenge() {
        BossDeskClient.Reply reply =
                BossDeskClient.anonymous(port).get("/tickets").expect(401);

        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Token realm=\"Application\"");
        assertThat(reply.errors("base").isArray()).isTrue();
    }

    @Test
    void unknownApiKeyIsUnauthorized() {
        BossDeskClient.Reply reply = BossDeskClient.withToken(port, "c3176bbca97c5b7ee6cee715f3379366e031e0815862")
                .get("/account")
                .expect(401);

        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Token realm=\"Application\"");
    }

    @Test
    void unknownPathIsNotFoundInRailsShape() {
        BossDeskClient.Reply reply = agent().get("/no_such_things").expect(404);

        assertThat(reply.errors("base").get(0).asString()).isEqualTo("not found");
    }

    @Test
    void wrongMethodIsMethodNotAllowedInRailsShape() {
        BossDeskClient.Reply reply = agent().send("PUT", "/sessions", "{}").expect(405);

        assertThat(reply.errors("base").isArray()).isTrue();
    }

    @Test
    void missingOrNonObjectBodiesAreBadRequests() {
        BossDeskClient agent = agent();

        assertThat(agent.post("/tickets", "").expect(400).errors("base").get(0).asString())
                .contains("ticket");
        long friendly = agent.post("/tickets", "{\"ticket\": {\"title\": \"x\"}}")
                .expect(201)
                .json()
                .get("friendly_id")
                .asLong();
        agent.patch("/tickets/" + friendly, "").expect(400);
        agent.post("/tickets", "[]").expect(400);
        agent.post("/tickets", "null").expect(400);
        agent.post("/tickets", "{\"ticket\": \"x\"}").expect(400);
        agent.post("/users", "").expect(403);
        agent.post("/cis", "").expect(400);
    }
}
