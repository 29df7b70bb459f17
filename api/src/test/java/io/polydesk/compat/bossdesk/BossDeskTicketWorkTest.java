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

/** Comments, tasks and time entries on the agent side, with the document's example bodies made valid JSON. */
@PolydeskIntegrationTest
class BossDeskTicketWorkTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private long newTicket(BossDeskClient client) {
        return client.post("/tickets", "{\"ticket\": {\"title\": \"Work on me\"}}")
                .expect(201)
                .json()
                .get("friendly_id")
                .asLong();
    }

    @Test
    void commentsAreCreatedWithVisibilityAndShownInTheDetail() {
        TestUser agent = new TestUsers(context).agent();
        BossDeskClient client = BossDeskClient.as(port, agent);
        long ticket = newTicket(client);

        JsonNode comment = client.post(
                        "/tickets/" + ticket + "/comments",
                        "{\"comment\": {\"body\": \"<p>Comment, <em>woo</em>!</p>\", \"is_public\": true}}")
                .expect(201)
                .json();
        assertThat(comment.get("body").asString()).isEqualTo("<p>Comment, <em>woo</em>!</p>");
        assertThat(comment.get("is_public").asBoolean()).isTrue();
        assertThat(comment.get("from_agent").asBoolean()).isTrue();
        assertThat(comment.get("created_by").get("username").asString())
                .isEqualTo(agent.user().username());
        assertThat(comment.get("attachments").isArray()).isTrue();
        client.post(
                        "/tickets/" + ticket + "/comments",
                        "{\"comment\": {\"body\": \"<p>between us</p>\", \"is_public\": false}}")
                .expect(201);

        JsonNode detail = client.get("/tickets/" + ticket).json();
        assertThat(detail.get("comments")).hasSize(2);
        assertThat(detail.get("comments"))
                .anySatisfy(c -> assertThat(c.get("is_public").asBoolean()).isFalse());

        BossDeskClient.Reply missing = client.post(
                        "/tickets/" + ticket + "/comments", "{\"comment\": {\"body\": \"x\"}}")
                .expect(422);
        assertThat(missing.errors("is_public").get(0).asString()).isEqualTo("can't be blank");
        client.post("/tickets/" + ticket + "/comments", "{\"body\": \"x\", \"is_public\": true}")
                .expect(400);
    }

    @Test
    void tasksAreCreatedUpdatedClosedReopenedAndDeleted() {
        TestUser agent = new TestUsers(context).agent();
        BossDeskClient client = BossDeskClient.as(port, agent);
        long ticket = newTicket(client);

        JsonNode task = client.post("/tickets/" + ticket + "/tasks", """
                        {
                          "task": {
                            "agent_id": %d,
                            "title": "Figure out the meaning of this ticket",
                            "note": "Note this!",
                            "due_at": "2018-11-28 15:00:00"
                          }
                        }
                        """.formatted(agent.id()))
                .expect(201)
                .json();
        long id = task.get("id").asLong();
        assertThat(task.get("title").asString()).isEqualTo("Figure out the meaning of this ticket");
        assertThat(task.get("due_at").asString()).isEqualTo("2018-11-28T15:00:00.000Z");
        assertThat(task.get("closed_at").isNull()).isTrue();
        assertThat(task.get("agent").get("id").asLong()).isEqualTo(agent.id());

        client.patch("/tickets/" + ticket + "/tasks/" + id, "{\"task\": {\"note\": \"Updated note\"}}")
                .expect(204);
        JsonNode closed = client.patch(
                        "/tickets/" + ticket + "/tasks/" + id + "/close", "{\"task\": {\"note\": \"Done it\"}}")
                .expect(200)
                .json();
        assertThat(closed.get("closed_at").isNull()).isFalse();
        assertThat(closed.get("note").asString()).isEqualTo("Done it");
        JsonNode reopened = client.patch("/tickets/" + ticket + "/tasks/" + id + "/reopen", "")
                .expect(200)
                .json();
        assertThat(reopened.get("closed_at").isNull()).isTrue();
        assertThat(client.get("/tickets/" + ticket).json().get("tasks")).hasSize(1);

        BossDeskClient.Reply blank = client.post("/tickets/" + ticket + "/tasks", "{\"task\": {\"note\": \"x\"}}")
                .expect(422);
        assertThat(blank.errors("title").get(0).asString()).isEqualTo("can't be blank");
        long other = newTicket(client);
        client.patch("/tickets/" + other + "/tasks/" + id, "{\"task\": {\"note\": \"x\"}}")
                .expect(404);

        client.delete("/tickets/" + ticket + "/tasks/" + id).expect(204);
        assertThat(client.get("/tickets/" + ticket).json().get("tasks")).isEmpty();
        client.delete("/tickets/" + ticket + "/tasks/" + id).expect(404);
    }

    @Test
    void timeEntriesTakeDayMonthYearAndAnswerIsoDates() {
        TestUser agent = new TestUsers(context).agent();
        BossDeskClient client = BossDeskClient.as(port, agent);
        long ticket = newTicket(client);
        long task = client.post("/tickets/" + ticket + "/tasks", "{\"task\": {\"title\": \"Sample Task\"}}")
                .expect(201)
                .json()
                .get("id")
                .asLong();

        JsonNode entry = client.post("/tickets/" + ticket + "/time_entries", """
                        {
                          "time_entry": {
                            "date": "31-12-2017",
                            "duration": 60,
                            "billable": true,
                            "task_id": %d,
                            "note": "herp-derp"
                          }
                        }
                        """.formatted(task))
                .expect(201)
                .json();
        long id = entry.get("id").asLong();
        assertThat(entry.get("date").asString()).isEqualTo("2017-12-31");
        assertThat(entry.get("duration").asInt()).isEqualTo(60);
        assertThat(entry.get("billable").asBoolean()).isTrue();
        assertThat(entry.get("task_id").asLong()).isEqualTo(task);
        assertThat(entry.get("task").get("title").asString()).isEqualTo("Sample Task");
        assertThat(entry.get("agent").get("id").asLong()).isEqualTo(agent.id());

        client.patch("/tickets/" + ticket + "/time_entries/" + id, "{\"time_entry\": {\"duration\": 120}}")
                .expect(204);
        JsonNode listed = client.get("/tickets/" + ticket).json().get("time_entries");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("duration").asInt()).isEqualTo(120);
        assertThat(listed.get(0).get("billable").asBoolean()).isTrue();

        BossDeskClient.Reply missing = client.post(
                        "/tickets/" + ticket + "/time_entries", "{\"time_entry\": {\"date\": \"31-12-2017\"}}")
                .expect(422);
        assertThat(missing.errors("duration").get(0).asString()).isEqualTo("can't be blank");
        BossDeskClient.Reply badDate = client.post(
                        "/tickets/" + ticket + "/time_entries",
                        "{\"time_entry\": {\"date\": \"31/12/2017\", \"duration\": 5}}")
                .expect(422);
        assertThat(badDate.errors("date").get(0).asString()).isEqualTo("is invalid");
        client.patch("/tickets/" + ticket + "/time_entries/" + id, "{\"time_entry\": {\"duration\": 0}}")
                .expect(422);

        client.delete("/tickets/" + ticket + "/time_entries/" + id).expect(204);
        assertThat(client.get("/tickets/" + ticket).json().get("time_entries")).isEmpty();
        client.delete("/tickets/" + ticket + "/time_entries/" + id).expect(404);
    }

    @Test
    void customersCannotWorkOnTheAgentSide() {
        TestUsers users = new TestUsers(context);
        TestUser customer = users.customer();
        long ticket = BossDeskClient.as(port, users.agent())
                .post("/tickets", "{\"ticket\": {\"title\": \"Theirs\", \"requester_id\": " + customer.id() + "}}")
                .expect(201)
                .json()
                .get("friendly_id")
                .asLong();

        BossDeskClient client = BossDeskClient.as(port, customer);
        client.post("/tickets/" + ticket + "/comments", "{\"comment\": {\"body\": \"x\", \"is_public\": false}}")
                .expect(403);
        client.post("/tickets/" + ticket + "/tasks", "{\"task\": {\"title\": \"x\"}}")
                .expect(403);
        client.post(
                        "/tickets/" + ticket + "/time_entries",
                        "{\"time_entry\": {\"date\": \"01-01-2020\", \"duration\": 5}}")
                .expect(403);
    }
}
