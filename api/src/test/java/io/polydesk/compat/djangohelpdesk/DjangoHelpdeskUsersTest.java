package io.polydesk.compat.djangohelpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.UserQueries;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** {@code POST /users/}: the document's body, the answer without id or password, DRF's refusals. */
@PolydeskIntegrationTest
class DjangoHelpdeskUsersTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserQueries users;

    private TestUser admin;
    private TestUser agent;

    @BeforeEach
    void setUp() {
        TestUsers testUsers = new TestUsers(context);
        admin = testUsers.admin();
        agent = testUsers.agent();
    }

    @Test
    void createsACustomerAnsweringWithoutIdOrPassword() {
        String name = "dj-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = DjangoHelpdeskClient.as(port, admin)
                .post(
                        "/users/",
                        "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"username\":\"" + name + "\",\"email\":\""
                                + name + "@example.com\",\"password\":\"analytical-engine\"}")
                .expect(201)
                .json();

        assertThat(created.propertyNames()).containsExactly("first_name", "last_name", "username", "email");
        assertThat(created.get("username").asString()).isEqualTo(name);
        assertThat(users.byEmail(name + "@example.com").orElseThrow().role()).isEqualTo(Role.CUSTOMER);
        String basic =
                "Basic " + java.util.Base64.getEncoder().encodeToString((name + ":analytical-engine").getBytes());
        new DjangoHelpdeskClient(port, basic).get("/user_tickets/").expect(200);
    }

    @Test
    void refusesWithDrfsMessages() {
        DjangoHelpdeskClient client = DjangoHelpdeskClient.as(port, admin);
        JsonNode empty = client.post("/users/", "{}").expect(400).json();
        assertThat(empty.get("username").get(0).asString()).isEqualTo("This field is required.");
        assertThat(empty.get("password").get(0).asString()).isEqualTo("This field is required.");

        JsonNode taken = client.form(
                        "POST",
                        "/users/",
                        Map.of(
                                "username",
                                agent.user().username(),
                                "email",
                                "other-" + UUID.randomUUID() + "@example.com",
                                "password",
                                "long-enough-password"))
                .expect(400)
                .json();
        assertThat(taken.get("username").get(0).asString()).isEqualTo("A user with that username already exists.");
    }

    @Test
    void onlyAdministratorsCreateAccounts() {
        DjangoHelpdeskClient.as(port, agent)
                .post(
                        "/users/",
                        "{\"username\":\"x-" + UUID.randomUUID() + "\",\"email\":\"x@example.com\","
                                + "\"password\":\"long-enough-password\"}")
                .expect(403);
    }
}
