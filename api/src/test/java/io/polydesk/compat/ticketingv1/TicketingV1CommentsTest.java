package io.polydesk.compat.ticketingv1;

import static io.polydesk.compat.ticketingv1.TicketingV1Client.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.ticketingv1.TicketingV1Client.Reply;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** {@code POST /tickets/{id}/comments} with the document's example, and who sees internal comments afterwards. */
@PolydeskIntegrationTest
class TicketingV1CommentsTest {

    private static final String SERVER_LOG = "GET /dashboard 404 routing table missing\n";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TestUser agent;
    private TestUser customer;
    private String ticket;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        agent = users.agent();
        customer = users.customer();
        ticket = as(customer)
                .post("/tickets", "{\"title\":\"Cannot access customer dashboard " + UUID.randomUUID() + "\"}")
                .expect(201)
                .data()
                .get("id")
                .asString();
    }

    private TicketingV1Client as(TestUser user) {
        return TicketingV1Client.as(port, user);
    }

    private static String documentExample() {
        return """
                {
                "content": "I've checked the server logs and found the issue.",
                "is_internal": true,
                "attachments": [
                {
                "filename": "server_logs.txt",
                "content": "%s",
                "mime_type": "text/plain"
                }
                ]
                }""".formatted(TicketingV1Fixtures.base64(SERVER_LOG));
    }

    @Test
    void theDocumentsExampleAddsAnInternalCommentWithItsFile() {
        Reply reply = TicketingV1Client.withToken(port, agent)
                .post("/tickets/" + ticket + "/comments", documentExample())
                .expect(201);

        JsonNode data = reply.data();
        assertThat(data.propertyNames())
                .containsExactly("id", "content", "created_at", "created_by", "is_internal", "attachments");
        assertThat(data.get("id").isString()).isTrue();
        assertThat(data.get("content").asString()).isEqualTo("I've checked the server logs and found the issue.");
        assertThat(data.get("is_internal").asBoolean()).isTrue();
        assertThat(data.get("created_by").get("id").asString()).isEqualTo(Long.toString(agent.id()));
        assertThat(data.get("created_by").get("email").asString())
                .isEqualTo(agent.user().email());
        JsonNode file = data.get("attachments").get(0);
        assertThat(file.propertyNames()).containsExactly("id", "filename", "size", "mime_type", "url", "created_at");
        assertThat(file.get("filename").asString()).isEqualTo("server_logs.txt");
        assertThat(file.get("size").asLong()).isEqualTo(SERVER_LOG.length());
        assertThat(as(agent)
                        .raw("GET", "/attachments/" + file.get("id").asString(), null)
                        .expect(200)
                        .raw()
                        .body())
                .isEqualTo(SERVER_LOG);
    }

    @Test
    void customersNeverSeeInternalCommentsOrTheirFiles() {
        String internal = as(agent)
                .post("/tickets/" + ticket + "/comments", documentExample())
                .expect(201)
                .data()
                .get("id")
                .asString();
        String reply = as(agent)
                .post(
                        "/tickets/" + ticket + "/comments",
                        "{\"content\":\"Could you try another browser?\",\"is_internal\":false}")
                .expect(201)
                .data()
                .get("id")
                .asString();

        JsonNode seenByCustomer =
                as(customer).get("/tickets/" + ticket).expect(200).data();
        assertThat(seenByCustomer.get("comments")).hasSize(1);
        JsonNode only = seenByCustomer.get("comments").get(0);
        assertThat(only.propertyNames()).containsExactly("id", "content", "created_at", "created_by", "is_internal");
        assertThat(only.get("id").asString()).isEqualTo(reply);
        assertThat(only.get("is_internal").asBoolean()).isFalse();
        assertThat(seenByCustomer.get("attachments")).isEmpty();
        assertThat(seenByCustomer.toString()).doesNotContain("server logs");

        JsonNode seenByAgent = as(agent).get("/tickets/" + ticket).expect(200).data();
        assertThat(seenByAgent.get("comments")).hasSize(2);
        assertThat(seenByAgent.get("comments").get(0).get("id").asString()).isEqualTo(internal);
        assertThat(seenByAgent.get("comments").get(0).get("is_internal").asBoolean())
                .isTrue();
        assertThat(seenByAgent.get("attachments").get(0).get("filename").asString())
                .isEqualTo("server_logs.txt");
    }

    @Test
    void customersCommentPubliclyOnTheirOwnTicketsOnly() {
        JsonNode data = as(customer)
                .post("/tickets/" + ticket + "/comments", "{\"content\":\"Still broken\"}")
                .expect(201)
                .data();
        assertThat(data.get("is_internal").asBoolean()).isFalse();
        assertThat(data.get("attachments")).isEmpty();

        as(customer)
                .post("/tickets/" + ticket + "/comments", "{\"content\":\"psst\",\"is_internal\":true}")
                .expectError(403, "forbidden");
        String foreign = as(agent)
                .post("/tickets", "{\"title\":\"Someone else's\"}")
                .expect(201)
                .data()
                .get("id")
                .asString();
        as(customer)
                .post("/tickets/" + foreign + "/comments", "{\"content\":\"hi\"}")
                .expectError(404, "not_found");
        assertThat(as(agent).get("/tickets/" + ticket).data().get("comments")).hasSize(1);
    }

    @Test
    void badCommentsAreRefusedAndNothingIsWritten() {
        assertThat(as(agent)
                        .post("/tickets/" + ticket + "/comments", "{\"content\":\"x\",\"is_internal\":\"yes\"}")
                        .expectError(400, "invalid_input")
                        .detail("is_internal"))
                .isEqualTo("Expected true or false, got a string");
        assertThat(as(agent)
                        .post("/tickets/" + ticket + "/comments", "{\"is_internal\":false}")
                        .expectError(422, "validation_error")
                        .detail("content"))
                .isEqualTo("Content must not be blank");
        as(agent)
                .post(
                        "/tickets/" + ticket + "/comments",
                        "{\"content\":\"with a bad file\",\"attachments\":[{\"filename\":\"a.txt\","
                                + "\"content\":\"base64_encoded_content...\"}]}")
                .expectError(400, "invalid_input");
        as(agent)
                .post(
                        "/tickets/" + ticket + "/comments",
                        "{\"content\":\"with a nameless file\",\"attachments\":[{\"content\":"
                                + quote(TicketingV1Fixtures.base64("x")) + "}]}")
                .expectError(422, "validation_error");
        as(agent).post("/tickets/999999999/comments", "{\"content\":\"x\"}").expectError(404, "not_found");

        assertThat(as(agent).get("/tickets/" + ticket).data().get("comments")).isEmpty();
    }

    @Test
    void aCommentWrittenHereIsTheSameCommentOnGraphQl() {
        as(agent).post("/tickets/" + ticket + "/comments", documentExample()).expect(201);

        JsonNode comments = as(agent)
                .raw(
                        "POST",
                        "/graphql",
                        "{\"query\":\"{ ticket(id: \\\"" + ticket + "\\\") { comments { nodes { content internal"
                                + " author { email } } } } }\"}")
                .expect(200)
                .json()
                .get("data")
                .get("ticket")
                .get("comments")
                .get("nodes");
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).get("content").asString())
                .isEqualTo("I've checked the server logs and found the issue.");
        assertThat(comments.get(0).get("internal").asBoolean()).isTrue();
        assertThat(comments.get(0).get("author").get("email").asString())
                .isEqualTo(agent.user().email());
    }
}
