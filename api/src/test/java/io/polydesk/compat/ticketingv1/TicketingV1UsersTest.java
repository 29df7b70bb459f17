package io.polydesk.compat.ticketingv1;

import static io.polydesk.compat.ticketingv1.TicketingV1Client.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.ticketingv1.TicketingV1Client.Reply;
import io.polydesk.domain.user.UpdateUser;
import io.polydesk.domain.user.UserService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** {@code GET /users} with the document's filters, one user by id, and registering users (409 when taken). */
@PolydeskIntegrationTest
class TicketingV1UsersTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TestUsers users;
    private TestUser admin;
    private TestUser agent;
    private TestUser customer;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
        admin = users.admin();
        agent = users.agent();
        customer = users.customer();
    }

    private TicketingV1Client as(TestUser user) {
        return TicketingV1Client.as(port, user);
    }

    @Test
    void listShowsTheDocumentsUserShapeInThePageEnvelope() {
        JsonNode page =
                as(agent).get("/users?q=" + agent.user().username()).expect(200).json();

        assertThat(page.propertyNames()).containsExactly("data", "pagination");
        assertThat(page.get("pagination").get("total").asLong()).isEqualTo(1);
        JsonNode user = page.get("data").get(0);
        assertThat(user.propertyNames())
                .containsExactly("id", "name", "email", "role", "status", "created_at", "last_login_at");
        assertThat(user.get("id").asString()).isEqualTo(Long.toString(agent.id()));
        assertThat(user.get("name").asString()).isEqualTo(agent.user().fullName());
        assertThat(user.get("email").asString()).isEqualTo(agent.user().email());
        assertThat(user.get("role").asString()).isEqualTo("agent");
        assertThat(user.get("status").asString()).isEqualTo("active");
        assertThat(user.get("created_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(user.get("last_login_at").isNull()).isTrue();
    }

    @Test
    void roleStatusAndQFilter() {
        String q = customer.user().username();
        assertThat(emails(as(agent).get("/users?role=customer&q=" + q)))
                .containsExactly(customer.user().email());
        assertThat(emails(as(agent).get("/users?role=agent&q=" + q))).isEmpty();
        assertThat(emails(as(agent).get("/users?role=admin")))
                .contains(admin.user().email());

        TestUser leaver = users.customer();
        context.getBean(UserService.class)
                .update(admin.actor(), leaver.id(), UpdateUser.nothing().withActive(false));
        String who = leaver.user().username();
        assertThat(emails(as(agent).get("/users?status=inactive&q=" + who)))
                .containsExactly(leaver.user().email());
        assertThat(emails(as(agent).get("/users?status=active&q=" + who))).isEmpty();
        assertThat(as(agent).get("/users?q=" + who).data().get(0).get("status").asString())
                .isEqualTo("inactive");
    }

    @Test
    void malformedFiltersAreInvalidInput() {
        assertThat(as(agent)
                        .get("/users?role=boss")
                        .expectError(400, "invalid_input")
                        .detail("role"))
                .isEqualTo("Role must be one of: admin, agent, customer");
        assertThat(as(agent)
                        .get("/users?status=gone")
                        .expectError(400, "invalid_input")
                        .detail("status"))
                .isEqualTo("Status must be one of: active, inactive");
        as(agent).get("/users?per_page=-1").expectError(400, "invalid_input");
    }

    @Test
    void customersMayNotListUsersAndSeeOnlyThemselves() {
        as(customer).get("/users").expectError(403, "forbidden");
        assertThat(as(customer)
                        .get("/users/" + customer.id())
                        .expect(200)
                        .data()
                        .get("email")
                        .asString())
                .isEqualTo(customer.user().email());
        as(customer).get("/users/" + agent.id()).expectError(404, "not_found");
        assertThat(as(agent)
                        .get("/users/" + customer.id())
                        .expect(200)
                        .data()
                        .get("role")
                        .asString())
                .isEqualTo("customer");
        as(agent).get("/users/user789").expectError(404, "not_found");
    }

    @Test
    void administratorsRegisterUsersAndADuplicateIsAConflict() {
        String email = "jane-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String body = "{\"name\":\"Jane Smith\",\"email\":" + quote(email)
                + ",\"password\":\"correct horse battery\",\"role\":\"agent\"}";

        Reply created = as(admin).post("/users", body).expect(201);

        JsonNode data = created.data();
        assertThat(data.get("name").asString()).isEqualTo("Jane Smith");
        assertThat(data.get("email").asString()).isEqualTo(email);
        assertThat(data.get("role").asString()).isEqualTo("agent");
        assertThat(created.header("Location"))
                .isEqualTo("/api/v1/users/" + data.get("id").asString());
        JsonNode login = TicketingV1Client.anonymous(port)
                .post("/auth/login", "{\"email\":" + quote(email) + ",\"password\":\"correct horse battery\"}")
                .expect(200)
                .json();
        assertThat(login.get("user").get("id").asString())
                .isEqualTo(data.get("id").asString());

        Reply duplicate = as(admin).post("/users", body).expectError(409, "conflict");
        assertThat(duplicate.detail("email")).isEqualTo("Email is already taken");
        assertThat(duplicate.error().get("details")).hasSize(1);
    }

    @Test
    void registeringIsForAdministratorsAndChecksItsInput() {
        as(agent)
                .post("/users", "{\"name\":\"X\",\"email\":\"x-agent@example.com\",\"password\":\"long enough\"}")
                .expectError(403, "forbidden");
        assertThat(as(admin)
                        .post("/users", "{\"name\":\"X\",\"email\":\"x-short@example.com\",\"password\":\"short\"}")
                        .expectError(422, "validation_error")
                        .detail("password"))
                .isEqualTo("Password must be at least 8 characters");
        as(admin)
                .post("/users", "{\"name\":\"X\",\"email\":\"not-an-email\",\"password\":\"long enough\"}")
                .expectError(422, "validation_error")
                .detail("email");
        as(admin)
                .post("/users", "{\"email\":\"x-role@example.com\",\"password\":\"long enough\",\"role\":\"boss\"}")
                .expectError(400, "invalid_input")
                .detail("role");
    }

    private static List<String> emails(Reply reply) {
        List<String> emails = new ArrayList<>();
        reply.expect(200).data().forEach(u -> emails.add(u.get("email").asString()));
        return emails;
    }
}
