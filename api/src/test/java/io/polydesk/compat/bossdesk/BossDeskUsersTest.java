package io.polydesk.compat.bossdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Users: the document's create example (its {@code "group_id"; null} made valid), paging, Ransack, 204 on PATCH. */
@PolydeskIntegrationTest
class BossDeskUsersTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private BossDeskClient admin() {
        return BossDeskClient.as(port, new TestUsers(context).admin());
    }

    private String createBody(String username) {
        return """
                {
                    "user": {
                        "username": "%s",
                        "email": "%s@example.com",
                        "first_name": "Westley",
                        "last_name": "Hilpert-%s",
                        "domain_name": "",
                        "designation": "",
                        "location_id": null,
                        "group_id": null,
                        "phone": "",
                        "mobile": "",
                        "other_email": "",
                        "time_zone": "",
                        "tag_ids": []
                    }
                }
                """.formatted(username, username, username);
    }

    @Test
    void administratorCreatesAUserAndReadsItBack() {
        String name = "whilpert" + UUID.randomUUID().toString().substring(0, 6);

        JsonNode user = admin().post("/users", createBody(name)).expect(201).json();

        assertThat(user.get("username").asString()).isEqualTo(name);
        assertThat(user.get("email").asString()).isEqualTo(name + "@example.com");
        assertThat(user.get("first_name").asString()).isEqualTo("Westley");
        assertThat(user.get("is_agent").asBoolean()).isFalse();
        assertThat(user.get("archived_at").isNull()).isTrue();
        assertThat(user.get("roles").isEmpty()).isTrue();
        assertThat(user.get("phone").isNull()).isTrue();
        JsonNode again = admin().get("/users/" + user.get("friendly_id").asLong())
                .expect(200)
                .json();
        assertThat(again.get("id").asLong()).isEqualTo(user.get("id").asLong());

        BossDeskClient.Reply duplicate =
                admin().post("/users", createBody(name)).expect(422);
        assertThat(duplicate.errors("username").get(0).asString()).isEqualTo("has already been taken");
    }

    @Test
    void invalidUsersAreRailsValidationErrors() {
        BossDeskClient.Reply invalid = admin().post(
                        "/users", "{\"user\": {\"email\": \"not-an-address\", \"first_name\": \"X\"}}")
                .expect(422);

        assertThat(invalid.errors("username").get(0).asString()).isEqualTo("can't be blank");
        BossDeskClient.Reply badEmail = admin().post(
                        "/users", "{\"user\": {\"username\": \"u" + UUID.randomUUID() + "\", \"email\": \"nope\"}}")
                .expect(422);
        assertThat(badEmail.errors("email").get(0).asString()).isEqualTo("is invalid");
        admin().post("/users", "{\"username\": \"x\"}").expect(400);
    }

    @Test
    void updateIsNoContentAndRoleIdsMakeAnAgent() {
        TestUser customer = new TestUsers(context).customer();

        admin().patch(
                        "/users/" + customer.id(),
                        "{\"user\": {\"first_name\": \"Raoul\", \"designation\": \"Analyst\", \"role_ids\": [2]}}")
                .expect(204);

        JsonNode after = admin().get("/users/" + customer.id()).json();
        assertThat(after.get("first_name").asString()).isEqualTo("Raoul");
        assertThat(after.get("designation").asString()).isEqualTo("Analyst");
        assertThat(after.get("is_agent").asBoolean()).isTrue();
        assertThat(after.get("roles").get(0).get("name").asString()).isEqualTo("Technician");
        assertThat(admin().patch("/users/" + customer.id(), "{\"user\": {\"email\": \"bad\"}}")
                        .expect(422)
                        .errors("email")
                        .get(0)
                        .asString())
                .isEqualTo("is invalid");
        admin().patch("/users/99999999", "{\"user\": {\"first_name\": \"x\"}}").expect(404);
    }

    @Test
    void listIsPagedAndSearchableWithRansack() {
        TestUsers users = new TestUsers(context);
        String family = "Foley" + UUID.randomUUID().toString().substring(0, 6);
        BossDeskClient admin = admin();
        for (String first : new String[] {"Axel", "Bea", "Cid"}) {
            admin.post(
                            "/users",
                            "{\"user\": {\"username\": \"%s%s\", \"email\": \"%s%s@example.com\", \"first_name\": \"%s\", \"last_name\": \"%s\"}}"
                                    .formatted(first, family, first, family, first, family))
                    .expect(201);
        }
        BossDeskClient agent = BossDeskClient.as(port, users.agent());

        JsonNode foleys =
                agent.get("/users?q[last_name_eq]=" + family).expect(200).json();
        assertThat(foleys).hasSize(3);
        assertThat(foleys.get(0).has("friendly_id")).isTrue();
        assertThat(foleys.get(0).has("is_agent")).isTrue();
        JsonNode axel = agent.get("/users?q[last_name_eq]=" + family + "&q[first_name_eq]=Axel")
                .json();
        assertThat(axel).hasSize(1);
        assertThat(axel.get(0).get("first_name").asString()).isEqualTo("Axel");
        JsonNode either = agent.get("/users?q[m]=or&q[first_name_eq]=Axel&q[username_eq]=Bea" + family)
                .json();
        assertThat(either).extracting(n -> n.get("first_name").asString()).contains("Axel", "Bea");
        JsonNode sorted = agent.get("/users?q[last_name_eq]=" + family + "&q[s]=first_name%20desc")
                .json();
        assertThat(sorted.get(0).get("first_name").asString()).isEqualTo("Cid");
        JsonNode paged = agent.get("/users?q[last_name_cont]=" + family + "&per_page=2&page=2")
                .json();
        assertThat(paged).hasSize(1);
        assertThat(agent.get("/users?q[last_name_eq]=" + family + "&q[is_agent_eq]=true")
                        .json())
                .isEmpty();
        assertThat(agent.get("/users?q[last_name_eq]=" + family + "&q[archived_at_null]=1")
                        .json())
                .hasSize(3);
        assertThat(agent.get("/users?q[last_name_start]=" + family.substring(0, 5) + "&q[bogus_eq]=1&per_page=30")
                        .json()
                        .size())
                .isGreaterThanOrEqualTo(3);

        BossDeskClient.as(port, users.customer()).get("/users").expect(403);
        agent.post("/users", "{\"user\": {\"username\": \"nope\", \"email\": \"nope@example.com\"}}")
                .expect(403);
    }
}
