package io.polydesk.compat.arctyk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.arctyk.ArctykClient.Reply;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The Arctyk project endpoints over HTTP. */
@PolydeskIntegrationTest
class ArctykProjectsTest {

    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

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

    private ArctykClient as(TestUser user) {
        return ArctykClient.as(port, user);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID();
    }

    @Test
    void createAnswersTheProjectShape() {
        String name = unique("Platform");
        JsonNode created = as(admin)
                .post("/api/projects/", "{\"name\":\"" + name + "\",\"description\":\"Main platform project\"}")
                .expect(201)
                .json();

        assertThat(created.propertyNames()).containsExactly("id", "name", "description", "ticket_count", "created_at");
        assertThat(created.get("name").asString()).isEqualTo(name);
        assertThat(created.get("description").asString()).isEqualTo("Main platform project");
        assertThat(created.get("ticket_count").asLong()).isZero();
        assertThat(created.get("created_at").asString()).matches(TIMESTAMP);
    }

    @Test
    void listIsABareArrayWithTicketCounts() {
        long id = as(admin)
                .post("/api/projects/", "{\"name\":\"" + unique("Counted") + "\"}")
                .expect(201)
                .json()
                .get("id")
                .asLong();
        as(agent)
                .post("/api/tickets/", "{\"title\":\"One\",\"project\":" + id + "}")
                .expect(201);
        as(agent)
                .post("/api/tickets/", "{\"title\":\"Two\",\"project\":" + id + "}")
                .expect(201);

        JsonNode list = as(customer).get("/api/projects/").expect(200).json();

        assertThat(list.isArray()).isTrue();
        JsonNode project = null;
        for (JsonNode p : list) {
            assertThat(p.propertyNames()).containsExactly("id", "name", "description", "ticket_count", "created_at");
            if (p.get("id").asLong() == id) {
                project = p;
            }
        }
        assertThat(project).isNotNull();
        // The customer requested neither ticket: a count of other people's tickets is not theirs to see.
        assertThat(project.get("ticket_count").asLong()).isZero();
        assertThat(as(agent)
                        .get("/api/projects/" + id + "/")
                        .expect(200)
                        .json()
                        .get("ticket_count")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void patchUpdatesOnlyWhatIsSent() {
        long id = as(admin)
                .post("/api/projects/", "{\"name\":\"" + unique("Old") + "\",\"description\":\"Kept\"}")
                .expect(201)
                .json()
                .get("id")
                .asLong();
        String name = unique("New");

        JsonNode updated = as(admin)
                .patch("/api/projects/" + id + "/", "{\"name\":\"" + name + "\"}")
                .expect(200)
                .json();

        assertThat(updated.get("name").asString()).isEqualTo(name);
        assertThat(updated.get("description").asString()).isEqualTo("Kept");
        assertThat(as(agent)
                        .get("/api/projects/" + id)
                        .expect(200)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo(name);
    }

    @Test
    void deleteArchivesTheProject() {
        long id = as(admin)
                .post("/api/projects/", "{\"name\":\"" + unique("Gone") + "\"}")
                .expect(201)
                .json()
                .get("id")
                .asLong();
        assertThat(as(admin)
                        .delete("/api/projects/" + id + "/")
                        .expect(204)
                        .raw()
                        .body())
                .isEmpty();
        as(admin).get("/api/projects/" + id + "/").expect(404);
        assertThat(as(admin).get("/api/projects/").json())
                .extracting(p -> p.get("id").asLong())
                .doesNotContain(id);
    }

    @Test
    void onlyAdministratorsShapeProjects() {
        Reply create = as(agent)
                .post("/api/projects/", "{\"name\":\"" + unique("Nope") + "\"}")
                .expect(403);
        assertThat(create.json().propertyNames()).containsExactly("detail");
        as(customer)
                .post("/api/projects/", "{\"name\":\"" + unique("Nope") + "\"}")
                .expect(403);
        long id = as(admin)
                .post("/api/projects/", "{\"name\":\"" + unique("Mine") + "\"}")
                .expect(201)
                .json()
                .get("id")
                .asLong();
        as(agent)
                .patch("/api/projects/" + id + "/", "{\"name\":\"Taken over\"}")
                .expect(403);
        as(customer).delete("/api/projects/" + id + "/").expect(403);
    }

    @Test
    void invalidProjectsAreBadRequests() {
        assertThat(as(admin)
                        .post("/api/projects/", "{\"name\":\"\"}")
                        .expect(400)
                        .json()
                        .has("name"))
                .isTrue();
        assertThat(as(admin)
                        .post("/api/projects/", "{\"description\":\"No name\"}")
                        .expect(400)
                        .json()
                        .has("name"))
                .isTrue();
        String name = unique("Twice");
        as(admin).post("/api/projects/", "{\"name\":\"" + name + "\"}").expect(201);
        assertThat(as(admin)
                        .post("/api/projects/", "{\"name\":\"" + name + "\"}")
                        .expect(400)
                        .json()
                        .has("name"))
                .isTrue();
        as(admin).post("/api/projects/", "{\"name\":{}}").expect(400);
        as(admin).post("/api/projects/", "not json").expect(400);
    }

    @Test
    void unknownProjectsAreNotFound() {
        Reply reply = as(agent).get("/api/projects/999999999/").expect(404);
        assertThat(reply.json().propertyNames()).containsExactly("detail");
        as(admin).patch("/api/projects/999999999/", "{\"name\":\"x\"}").expect(404);
        as(admin).delete("/api/projects/999999999/").expect(404);
        as(agent).get("/api/projects/x/").expect(400);
    }
}
