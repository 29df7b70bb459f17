package io.polydesk.compat.arctyk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.arctyk.ArctykClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The Arctyk comment endpoints over HTTP: shapes, visibility, edit history and who may change what. */
@PolydeskIntegrationTest
class ArctykCommentsTest {

    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TestUsers users;
    private TestUser admin;
    private TestUser agent;
    private TestUser customer;
    private long ticket;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
        admin = users.admin();
        agent = users.agent();
        customer = users.customer();
        ticket = as(customer)
                .post("/api/tickets/", "{\"title\":\"Unable to login\"}")
                .expect(201)
                .json()
                .get("id")
                .asLong();
    }

    private ArctykClient as(TestUser user) {
        return ArctykClient.as(port, user);
    }

    private String comments() {
        return "/api/tickets/" + ticket + "/comments/";
    }

    private JsonNode add(TestUser user, String body) {
        return as(user).post(comments(), body).expect(201).json();
    }

    @Test
    void createAnswersTheDocumentedShapeWithTheAuthorAsAString() {
        JsonNode created = add(agent, "{\"content\":\"Investigating the issue now\",\"comment_type\":\"public\"}");

        assertThat(created.propertyNames())
                .containsExactly("id", "ticket", "author", "content", "comment_type", "created_at");
        assertThat(created.get("ticket").asLong()).isEqualTo(ticket);
        assertThat(created.get("author").asString()).isEqualTo(agent.user().email());
        assertThat(created.get("content").asString()).isEqualTo("Investigating the issue now");
        assertThat(created.get("comment_type").asString()).isEqualTo("public");
        assertThat(created.get("created_at").asString()).matches(TIMESTAMP);
    }

    @Test
    void commentTypeDefaultsToPublic() {
        assertThat(add(customer, "{\"content\":\"First comment via API\"}")
                        .get("comment_type")
                        .asString())
                .isEqualTo("public");
    }

    @Test
    void listIsABareArrayWithAuthorObjects() {
        long id = add(customer, "{\"content\":\"This is a public comment\",\"comment_type\":\"public\"}")
                .get("id")
                .asLong();

        JsonNode list = as(customer).get(comments()).expect(200).json();

        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        JsonNode comment = list.get(0);
        assertThat(comment.propertyNames())
                .containsExactly(
                        "id", "ticket", "author", "content", "comment_type", "created_at", "updated_at", "edit_count");
        assertThat(comment.get("id").asLong()).isEqualTo(id);
        assertThat(comment.get("ticket").asLong()).isEqualTo(ticket);
        assertThat(comment.get("author").propertyNames()).containsExactly("id", "username", "full_name");
        assertThat(comment.get("author").get("id").asLong()).isEqualTo(customer.id());
        assertThat(comment.get("author").get("username").asString())
                .isEqualTo(customer.user().email());
        assertThat(comment.get("author").get("full_name").asString())
                .isEqualTo(customer.user().fullName());
        assertThat(comment.get("comment_type").asString()).isEqualTo("public");
        assertThat(comment.get("created_at").asString()).matches(TIMESTAMP);
        assertThat(comment.get("updated_at").asString()).matches(TIMESTAMP);
        assertThat(comment.get("edit_count").asInt()).isZero();
    }

    @Test
    void customerNeverSeesInternalComments() {
        add(agent, "{\"content\":\"Visible to the requester\",\"comment_type\":\"public\"}");
        long internal = add(agent, "{\"content\":\"Team only\",\"comment_type\":\"internal\"}")
                .get("id")
                .asLong();

        JsonNode forAgent = as(agent).get(comments()).expect(200).json();
        assertThat(forAgent).extracting(c -> c.get("comment_type").asString()).containsExactly("public", "internal");
        JsonNode forCustomer = as(customer).get(comments()).expect(200).json();
        assertThat(forCustomer)
                .extracting(c -> c.get("content").asString())
                .containsExactly("Visible to the requester");

        as(customer)
                .patch(comments() + internal + "/", "{\"content\":\"peek\"}")
                .expect(404);
        as(customer).delete(comments() + internal + "/").expect(404);
    }

    @Test
    void customersCannotWriteInternalComments() {
        Reply reply = as(customer)
                .post(comments(), "{\"content\":\"Sneaky\",\"comment_type\":\"internal\"}")
                .expect(403);
        assertThat(reply.json().propertyNames()).containsExactly("detail");
    }

    @Test
    void editKeepsTheHistory() {
        long id = add(agent, "{\"content\":\"Investigating the issue now\"}")
                .get("id")
                .asLong();

        JsonNode first = as(agent)
                .patch(comments() + id + "/", "{\"content\":\"Updated comment text\"}")
                .expect(200)
                .json();
        assertThat(first.propertyNames()).containsExactly("id", "content", "updated_at", "edit_count", "edit_history");
        assertThat(first.get("id").asLong()).isEqualTo(id);
        assertThat(first.get("content").asString()).isEqualTo("Updated comment text");
        assertThat(first.get("updated_at").asString()).matches(TIMESTAMP);
        assertThat(first.get("edit_count").asInt()).isEqualTo(1);
        assertThat(first.get("edit_history")).hasSize(1);
        JsonNode edit = first.get("edit_history").get(0);
        assertThat(edit.propertyNames()).containsExactly("edited_at", "previous_content");
        assertThat(edit.get("edited_at").asString()).matches(TIMESTAMP);
        assertThat(edit.get("previous_content").asString()).isEqualTo("Investigating the issue now");

        JsonNode second = as(agent)
                .patch(comments() + id, "{\"content\":\"Third version\"}")
                .expect(200)
                .json();
        assertThat(second.get("edit_count").asInt()).isEqualTo(2);
        assertThat(second.get("edit_history"))
                .extracting(e -> e.get("previous_content").asString())
                .containsExactly("Investigating the issue now", "Updated comment text");
        assertThat(as(agent).get(comments()).json().get(0).get("edit_count").asInt())
                .isEqualTo(2);
    }

    @Test
    void onlyTheAuthorOrAnAdministratorChangesAComment() {
        long id = add(customer, "{\"content\":\"Mine\"}").get("id").asLong();

        Reply edit = as(agent)
                .patch(comments() + id + "/", "{\"content\":\"Not yours\"}")
                .expect(403);
        assertThat(edit.json().propertyNames()).containsExactly("detail");
        as(agent).delete(comments() + id + "/").expect(403);

        as(admin).patch(comments() + id + "/", "{\"content\":\"Moderated\"}").expect(200);
        as(customer)
                .patch(comments() + id + "/", "{\"content\":\"Mine again\"}")
                .expect(200);
    }

    @Test
    void deleteRemovesTheComment() {
        long id = add(customer, "{\"content\":\"Oops\"}").get("id").asLong();
        Reply reply = as(customer).delete(comments() + id + "/").expect(204);
        assertThat(reply.raw().body()).isEmpty();
        assertThat(as(customer).get(comments()).json()).isEmpty();
        as(customer).delete(comments() + id + "/").expect(404);
    }

    @Test
    void adminMayDeleteAnyComment() {
        long id = add(agent, "{\"content\":\"To be removed\"}").get("id").asLong();
        as(admin).delete(comments() + id).expect(204);
    }

    @Test
    void invalidCommentsAreBadRequests() {
        assertThat(as(agent)
                        .post(comments(), "{\"content\":\"\"}")
                        .expect(400)
                        .json()
                        .has("content"))
                .isTrue();
        assertThat(as(agent).post(comments(), "{}").expect(400).json().has("content"))
                .isTrue();
        Reply type = as(agent)
                .post(comments(), "{\"content\":\"x\",\"comment_type\":\"secret\"}")
                .expect(400);
        assertThat(type.json().get("comment_type").get(0).asString()).contains("secret");
        as(agent).post(comments(), "{\"content\":\"x\",\"comment_type\":null}").expect(400);
        as(agent).post(comments(), "{\"content\":[\"x\"]}").expect(400);
        as(agent).post(comments(), "{\"content\":").expect(400);
        long id = add(agent, "{\"content\":\"Fine\"}").get("id").asLong();
        assertThat(as(agent)
                        .patch(comments() + id + "/", "{\"content\":\" \"}")
                        .expect(400)
                        .json()
                        .has("content"))
                .isTrue();
    }

    @Test
    void unknownTicketsAndCommentsAreNotFound() {
        as(agent).get("/api/tickets/999999999/comments/").expect(404);
        as(agent)
                .post("/api/tickets/999999999/comments/", "{\"content\":\"x\"}")
                .expect(404);
        as(agent).patch(comments() + "999999999/", "{\"content\":\"x\"}").expect(404);
        as(agent).delete(comments() + "999999999/").expect(404);
        as(agent).delete(comments() + "abc/").expect(400);

        long otherTicket = as(agent)
                .post("/api/tickets/", "{\"title\":\"Other\"}")
                .json()
                .get("id")
                .asLong();
        long id = add(agent, "{\"content\":\"On the first ticket\"}").get("id").asLong();
        as(agent)
                .patch("/api/tickets/" + otherTicket + "/comments/" + id + "/", "{\"content\":\"x\"}")
                .expect(404);
    }

    @Test
    void aCustomerSeesWhoAnsweredButNotTheirEmailAddress() {
        add(agent, "{\"content\":\"Looking into it\"}");

        JsonNode author = as(customer).get(comments()).expect(200).json().get(0).get("author");
        JsonNode asStaff = as(admin).get(comments()).expect(200).json().get(0).get("author");

        assertThat(author.get("id").asLong()).isEqualTo(agent.id());
        assertThat(author.get("username").asString()).isEqualTo(agent.user().username());
        assertThat(author.toString()).doesNotContain(agent.user().email());
        assertThat(asStaff.get("username").asString()).isEqualTo(agent.user().email());
    }
}
