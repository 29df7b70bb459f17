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

/** The end-user side: a customer sees only their own tickets, and never internal comments or fields. */
@PolydeskIntegrationTest
class BossDeskMyTicketsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void customerFilesListsAndReadsOnlyTheirOwnTickets() {
        TestUsers users = new TestUsers(context);
        TestUser customer = users.customer();
        TestUser other = users.customer();
        BossDeskClient mine = BossDeskClient.as(port, customer);

        JsonNode created = mine.post("/my/tickets", """
                        {
                            "ticket": {
                                "title": "How do I turn on my computer mouse?",
                                "description": "<p>Like the title says...</p>",
                                "type_id": 18
                            }
                        }
                        """).expect(201).json();
        long friendly = created.get("friendly_id").asLong();
        assertThat(created.get("status").asString()).isEqualTo("open");
        assertThat(created.get("description").asString()).isEqualTo("<p>Like the title says...</p>");
        assertThat(created.has("lock_version")).isFalse();
        assertThat(created.has("requester")).isFalse();

        long theirs = BossDeskClient.as(port, other)
                .post("/my/tickets", "{\"ticket\": {\"title\": \"Not yours\"}}")
                .expect(201)
                .json()
                .get("friendly_id")
                .asLong();

        JsonNode list = mine.get("/my/tickets").expect(200).json();
        assertThat(list)
                .extracting(n -> n.get("friendly_id").asLong())
                .contains(friendly)
                .doesNotContain(theirs);
        assertThat(list.get(0).has("priority")).isFalse();
        mine.get("/my/tickets/" + theirs).expect(404);
        mine.post("/my/tickets/" + theirs + "/comments", "{\"comment\": {\"body\": \"x\"}}")
                .expect(404);

        BossDeskClient.Reply blank = mine.post("/my/tickets", "{\"ticket\": {\"description\": \"x\"}}")
                .expect(422);
        assertThat(blank.errors("title").get(0).asString()).isEqualTo("can't be blank");
    }

    @Test
    void internalCommentsNeverReachTheRequester() {
        TestUsers users = new TestUsers(context);
        TestUser customer = users.customer();
        BossDeskClient agent = BossDeskClient.as(port, users.agent());
        BossDeskClient mine = BossDeskClient.as(port, customer);
        long friendly = mine.post("/my/tickets", "{\"ticket\": {\"title\": \"Help\"}}")
                .expect(201)
                .json()
                .get("friendly_id")
                .asLong();
        agent.post(
                        "/tickets/" + friendly + "/comments",
                        "{\"comment\": {\"body\": \"<p>internal note</p>\", \"is_public\": false}}")
                .expect(201);
        agent.post(
                        "/tickets/" + friendly + "/comments",
                        "{\"comment\": {\"body\": \"<p>public answer</p>\", \"is_public\": true}}")
                .expect(201);

        JsonNode comment = mine.post(
                        "/my/tickets/" + friendly + "/comments", "{\"comment\": {\"body\": \"<p>Thanks</p>\"}}")
                .expect(201)
                .json();
        assertThat(comment.has("is_public")).isFalse();
        assertThat(comment.get("created_by").get("id").asLong()).isEqualTo(customer.id());

        JsonNode detail = mine.get("/my/tickets/" + friendly).expect(200).json();
        assertThat(detail.get("comments")).hasSize(2);
        assertThat(detail.toString()).doesNotContain("internal note").doesNotContain("is_public");
        assertThat(detail.toString()).contains("public answer", "Thanks");

        JsonNode agentView = agent.get("/tickets/" + friendly).json();
        assertThat(agentView.get("comments")).hasSize(3);
    }

    @Test
    void forAnAgentMyTicketsAreOnlyTheOnesTheyFiledShownAsTheirRequesterSeesThem() {
        TestUsers users = new TestUsers(context);
        TestUser agentUser = users.agent();
        BossDeskClient agent = BossDeskClient.as(port, agentUser);
        long customers = BossDeskClient.as(port, users.customer())
                .post("/my/tickets", "{\"ticket\": {\"title\": \"A customer's\"}}")
                .expect(201)
                .json()
                .get("friendly_id")
                .asLong();
        long own = agent.post("/my/tickets", "{\"ticket\": {\"title\": \"My laptop\"}}")
                .expect(201)
                .json()
                .get("friendly_id")
                .asLong();
        agent.post(
                        "/tickets/" + own + "/comments",
                        "{\"comment\": {\"body\": \"<p>note to staff</p>\", \"is_public\": false}}")
                .expect(201);

        // Staff see every ticket on the agent side, but "my" are only those they requested.
        agent.get("/tickets/" + customers).expect(200);
        agent.get("/my/tickets/" + customers).expect(404);
        agent.post("/my/tickets/" + customers + "/comments", "{\"comment\": {\"body\": \"x\"}}")
                .expect(404);
        agent.patch("/my/tickets/" + customers + "/reopen", "{}").expect(404);
        JsonNode list = agent.get("/my/tickets?per_page=30").expect(200).json();
        assertThat(list).extracting(n -> n.get("friendly_id").asLong()).containsExactly(own);
        assertThat(agent.get("/my/tickets?q[title_or_description_cont]=laptop")
                        .expect(200)
                        .json())
                .extracting(n -> n.get("friendly_id").asLong())
                .containsExactly(own);

        JsonNode detail = agent.get("/my/tickets/" + own).expect(200).json();
        assertThat(detail.get("comments")).isEmpty();
        assertThat(detail.toString()).doesNotContain("note to staff");
        assertThat(agent.get("/tickets/" + own).json().get("comments")).hasSize(1);
    }

    @Test
    void requesterReopensAClosedTicket() {
        TestUsers users = new TestUsers(context);
        BossDeskClient mine = BossDeskClient.as(port, users.customer());
        long friendly = mine.post("/my/tickets", "{\"ticket\": {\"title\": \"Closed too soon\"}}")
                .expect(201)
                .json()
                .get("friendly_id")
                .asLong();
        BossDeskClient.as(port, users.agent())
                .patch("/tickets/" + friendly + "/close", "{}")
                .expect(200);
        assertThat(mine.get("/my/tickets?q[status_eq]=closed").json())
                .extracting(n -> n.get("friendly_id").asLong())
                .contains(friendly);

        JsonNode reopened = mine.patch("/my/tickets/" + friendly + "/reopen", "{}")
                .expect(200)
                .json();

        assertThat(reopened.get("status").asString()).isEqualTo("open");
        assertThat(reopened.get("closed_at").isNull()).isTrue();
        assertThat(mine.get("/my/tickets?q[status_eq]=closed").json())
                .extracting(n -> n.get("friendly_id").asLong())
                .doesNotContain(friendly);
    }
}
