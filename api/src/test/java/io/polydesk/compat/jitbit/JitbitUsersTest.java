package io.polydesk.compat.jitbit;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Users, companies, departments and categories over HTTP, with who may do what. */
@PolydeskIntegrationTest
class JitbitUsersTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

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

    private JitbitClient as(TestUser user) {
        return JitbitClient.as(port, user);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createUserAnswersTheBareIdAndPlacesTheUserInTheirCompany() {
        String name = unique("jdoe");
        String company = unique("Acme ");
        long id = as(admin)
                .postQuery("/api/CreateUser?username=" + name + "&email=" + name
                        + "@example.com&firstName=John&lastName=Doe&password=secret-password&company="
                        + company.replace(" ", "%20") + "&department=Sales&phone=555")
                .expect(200)
                .id();

        JsonNode user = as(admin).get("/api/User?userId=" + id).expect(200).json();
        assertThat(user.get("UserID").asLong()).isEqualTo(id);
        assertThat(user.get("Username").asString()).isEqualTo(name);
        assertThat(user.get("Email").asString()).isEqualTo(name + "@example.com");
        assertThat(user.get("FirstName").asString()).isEqualTo("John");
        assertThat(user.get("FullName").asString()).isEqualTo("John Doe");
        assertThat(user.get("Phone").asString()).isEqualTo("555");
        assertThat(user.get("IsTech").asBoolean()).isFalse();
        assertThat(user.get("CompanyName").asString()).isEqualTo(company);
        assertThat(user.get("DepartmentName").asString()).isEqualTo("Sales");

        long again = as(admin).form("/api/Company", "name", company).expect(200).id();
        assertThat(again).isEqualTo(user.get("CompanyId").asLong());
        assertThat(as(admin).get("/api/Companies").expect(200).json())
                .extracting(c -> c.get("Name").asString())
                .contains(company);
        assertThat(as(admin)
                        .get("/api/Companies/" + again)
                        .expect(200)
                        .json()
                        .get("CompanyID")
                        .asLong())
                .isEqualTo(again);
        assertThat(as(admin).get("/api/Departments").expect(200).json())
                .extracting(d -> d.get("Name").asString())
                .contains("Sales");
    }

    @Test
    void createUserNamesMissingParametersAndIsForAdministrators() {
        String message =
                as(admin).form("/api/CreateUser", "firstName", "X").expect(400).text();
        assertThat(message).contains("username").contains("email");
        String name = unique("nope");
        as(agent)
                .form("/api/CreateUser", "username", name, "email", name + "@example.com")
                .expect(403);
        as(customer)
                .form("/api/CreateUser", "username", name, "email", name + "@example.com")
                .expect(403);
    }

    @Test
    void updateUserAndDeleteUserArchives() {
        TestUser target = new TestUsers(context).customer();
        as(admin)
                .form("/api/UpdateUser?userId=" + target.id(), "firstName", "Renamed", "phone", "123")
                .expect(200);
        JsonNode user =
                as(admin).get("/api/User?userId=" + target.id()).expect(200).json();
        assertThat(user.get("FirstName").asString()).isEqualTo("Renamed");
        assertThat(user.get("Phone").asString()).isEqualTo("123");

        as(agent).postQuery("/api/DeleteUser?userId=" + target.id()).expect(403);
        as(admin).postQuery("/api/DeleteUser?userId=" + target.id()).expect(200);
        assertThat(as(admin)
                        .get("/api/User?userId=" + target.id())
                        .expect(200)
                        .json()
                        .get("Disabled")
                        .asBoolean())
                .isTrue();
        JitbitClient.as(port, target).get("/api/Authorization").expect(401);
        assertThat(as(admin)
                        .get("/api/Users?listMode=disabled&count=1000")
                        .expect(200)
                        .json())
                .extracting(u -> u.get("UserID").asLong())
                .contains(target.id());
    }

    @Test
    void lookupsByIdEmailAndUsername() {
        assertThat(as(agent)
                        .get("/api/UserByEmail?email=" + customer.user().email())
                        .expect(200)
                        .json()
                        .get("UserID")
                        .asLong())
                .isEqualTo(customer.id());
        assertThat(as(agent)
                        .get("/api/UserByUsername?username=" + customer.user().username())
                        .expect(200)
                        .json()
                        .get("UserID")
                        .asLong())
                .isEqualTo(customer.id());
        as(agent)
                .get("/api/UserByEmail?email=nobody-" + UUID.randomUUID() + "@example.com")
                .expect(404);
        assertThat(as(agent).get("/api/UserByEmail").expect(400).text()).contains("email");
        as(customer).get("/api/User?userId=" + agent.id()).expect(404);
        assertThat(as(customer)
                        .get("/api/User?userId=" + customer.id())
                        .expect(200)
                        .json()
                        .get("UserID")
                        .asLong())
                .isEqualTo(customer.id());
        as(agent).get("/api/User?userId=987654321").expect(404);
    }

    @Test
    void usersListsByModeAndPages() {
        JsonNode techs = as(agent)
                .get("/api/Users?listMode=techs&count=1000")
                .expect(200)
                .json();
        assertThat(techs).extracting(u -> u.get("UserID").asLong()).contains(agent.id(), admin.id());
        assertThat(techs).extracting(u -> u.get("UserID").asLong()).doesNotContain(customer.id());
        assertThat(techs).extracting(u -> u.get("UserID").asLong()).isSorted();
        // Agents and administrators are one list, paged in the database: the second tech is the second page.
        assertThat(as(agent)
                        .get("/api/Users?listMode=techs&count=1&page=2")
                        .expect(200)
                        .json())
                .extracting(u -> u.get("UserID").asLong())
                .containsExactly(techs.get(1).get("UserID").asLong());
        JsonNode regular = as(agent)
                .get("/api/Users?listMode=regular&count=1000")
                .expect(200)
                .json();
        assertThat(regular).extracting(u -> u.get("UserID").asLong()).contains(customer.id());
        assertThat(as(agent)
                        .get("/api/Users?listMode=admins&count=1000")
                        .expect(200)
                        .json())
                .extracting(u -> u.get("IsAdmin").asBoolean())
                .containsOnly(true);
        assertThat(as(agent).get("/api/Users?count=1&page=2").expect(200).json())
                .hasSize(1);
        assertThat(as(agent).get("/api/Users?listMode=everyone").expect(400).text())
                .contains("listMode");
        as(customer).get("/api/Users").expect(403);
    }

    @Test
    void mergeUsersKeepsTheFirstAndArchivesTheSecond() {
        TestUser kept = new TestUsers(context).customer();
        TestUser merged = new TestUsers(context).customer();

        as(agent)
                .form("/api/MergeUsers", "userId", Long.toString(kept.id()), "userId2", Long.toString(merged.id()))
                .expect(403);
        as(admin)
                .form("/api/MergeUsers", "userId", Long.toString(kept.id()), "userId2", Long.toString(merged.id()))
                .expect(200);
        assertThat(as(admin)
                        .get("/api/User?userId=" + merged.id())
                        .expect(200)
                        .json()
                        .get("Disabled")
                        .asBoolean())
                .isTrue();
        assertThat(as(admin)
                        .form("/api/MergeUsers", "userId", Long.toString(kept.id()))
                        .expect(400)
                        .text())
                .contains("userId2");
    }

    @Test
    void categoriesAreProjects() {
        String name = unique("Hardware ");
        long id = context.getBean(io.polydesk.domain.project.ProjectService.class)
                .create(admin.actor(), name, null)
                .id();

        JsonNode categories = as(customer).get("/api/categories").expect(200).json();
        JsonNode category = null;
        for (JsonNode c : categories) {
            if (c.get("CategoryID").asLong() == id) {
                category = c;
            }
        }
        assertThat(category).isNotNull();
        assertThat(category.get("Name").asString()).isEqualTo(name);
        assertThat(category.get("NameWithSection").asString()).isEqualTo(name);
        assertThat(category.get("SectionID").isNull()).isTrue();
    }
}
