package io.polydesk.compat.jitbit;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.project.ProjectService;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Comments over HTTP: replies answer their bare id, {@code forTechsOnly} comments never reach customers. */
@PolydeskIntegrationTest
class JitbitCommentsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TestUser agent;
    private TestUser customer;
    private long ticket;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        agent = users.agent();
        customer = users.customer();
        long category = context.getBean(ProjectService.class)
                .create(users.admin().actor(), "Support " + UUID.randomUUID(), null)
                .id();
        ticket = as(customer)
                .form("/api/ticket", "categoryId", Long.toString(category), "body", "Help", "subject", "Login")
                .expect(200)
                .id();
    }

    private JitbitClient as(TestUser user) {
        return JitbitClient.as(port, user);
    }

    @Test
    void aReplyAnswersItsBareIdAndIsListed() {
        long id = as(agent)
                .form("/api/comment", "id", Long.toString(ticket), "body", "Looking into it")
                .expect(200)
                .id();
        assertThat(id).isPositive();

        JsonNode list =
                as(customer).get("/api/comments?id=" + ticket).expect(200).json();
        assertThat(list).hasSize(1);
        JsonNode comment = list.get(0);
        assertThat(comment.get("CommentID").asLong()).isEqualTo(id);
        assertThat(comment.get("IssueID").asLong()).isEqualTo(ticket);
        assertThat(comment.get("Body").asString()).isEqualTo("Looking into it");
        assertThat(comment.get("UserName").asString()).isEqualTo(agent.user().username());
        assertThat(comment.get("UserID").asLong()).isEqualTo(agent.id());
        assertThat(comment.get("ForTechsOnly").asBoolean()).isFalse();
        assertThat(comment.get("CommentDate").asString()).endsWith("Z");
        assertThat(as(customer).get("/api/Comments/" + ticket).expect(200).json())
                .hasSize(1);
    }

    @Test
    void customerNeverSeesForTechsOnlyComments() {
        as(agent)
                .form("/api/comment", "id", Long.toString(ticket), "body", "Public")
                .expect(200);
        as(agent)
                .form(
                        "/api/comment",
                        "id",
                        Long.toString(ticket),
                        "body",
                        "Techs only",
                        "forTechsOnly",
                        "true",
                        "recipientIds",
                        agent.id() + "," + customer.id())
                .expect(200);

        assertThat(as(agent).get("/api/comments?id=" + ticket).expect(200).json())
                .extracting(c -> c.get("ForTechsOnly").asBoolean())
                .containsExactly(false, true);
        assertThat(as(customer).get("/api/comments?id=" + ticket).expect(200).json())
                .extracting(c -> c.get("Body").asString())
                .containsExactly("Public");
        as(customer)
                .form("/api/comment", "id", Long.toString(ticket), "body", "Sneaky", "forTechsOnly", "true")
                .expect(403);
    }

    @Test
    void commentErrorsNameTheParameter() {
        assertThat(as(agent)
                        .form("/api/comment", "id", Long.toString(ticket))
                        .expect(400)
                        .text())
                .contains("body");
        assertThat(as(agent).form("/api/comment", "body", "x").expect(400).text())
                .contains("id");
        assertThat(as(agent)
                        .form("/api/comment", "id", Long.toString(ticket), "body", "x", "forTechsOnly", "maybe")
                        .expect(400)
                        .text())
                .contains("forTechsOnly");
        assertThat(as(agent)
                        .form("/api/comment", "id", Long.toString(ticket), "body", "x", "recipientIds", "3,four")
                        .expect(400)
                        .text())
                .contains("recipientIds");
        as(agent).form("/api/comment", "id", "987654321", "body", "x").expect(404);
        TestUser stranger = new TestUsers(context).customer();
        as(stranger).get("/api/comments?id=" + ticket).expect(404);
    }

    @Test
    void updateCommentChangesTheBodyOfOnesOwnComment() {
        long id = as(agent)
                .form("/api/comment", "id", Long.toString(ticket), "body", "Typo")
                .expect(200)
                .id();

        as(agent)
                .form("/api/updatecomment", "id", Long.toString(id), "body", "Fixed")
                .expect(200);
        assertThat(as(agent)
                        .get("/api/comments?id=" + ticket)
                        .expect(200)
                        .json()
                        .get(0)
                        .get("Body")
                        .asString())
                .isEqualTo("Fixed");
        as(customer)
                .form("/api/UpdateComment", "id", Long.toString(id), "body", "Hijack")
                .expect(403);
        assertThat(as(agent)
                        .form("/api/updatecomment", "id", Long.toString(id))
                        .expect(400)
                        .text())
                .contains("body");
    }

    @Test
    void aReplyCarriesAnUploadedFile() {
        long id = as(customer)
                .multipart(
                        "/api/comment",
                        "uploadfile",
                        "log.txt",
                        "error log".getBytes(StandardCharsets.UTF_8),
                        "id",
                        Long.toString(ticket),
                        "body",
                        "See the log")
                .expect(200)
                .id();

        JsonNode comment = as(customer)
                .get("/api/comments?id=" + ticket)
                .expect(200)
                .json()
                .get(0);
        assertThat(comment.get("CommentID").asLong()).isEqualTo(id);
        assertThat(comment.get("Attachments")).hasSize(1);
        assertThat(comment.get("Attachments").get(0).get("FileName").asString()).isEqualTo("log.txt");
        assertThat(comment.get("Attachments").get(0).get("FileSize").asLong()).isEqualTo(9);
    }
}
