package io.polydesk.compat.jitbit;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.template.CommentTemplateService;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Attachments, comment templates and the knowledge base over HTTP. */
@PolydeskIntegrationTest
class JitbitFilesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TestUser admin;
    private TestUser agent;
    private TestUser customer;
    private long category;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        admin = users.admin();
        agent = users.agent();
        customer = users.customer();
        category = context.getBean(ProjectService.class)
                .create(admin.actor(), "Files " + UUID.randomUUID(), null)
                .id();
    }

    private JitbitClient as(TestUser user) {
        return JitbitClient.as(port, user);
    }

    @Test
    void createWithUploadfileAttachFileListDownloadAndDelete() {
        long ticket = as(customer)
                .multipart(
                        "/api/ticket",
                        "uploadfile",
                        "screen shot.txt",
                        "first file".getBytes(StandardCharsets.UTF_8),
                        "categoryId",
                        Long.toString(category),
                        "subject",
                        "With a file",
                        "body",
                        "See attached")
                .expect(200)
                .id();
        as(customer)
                .multipart(
                        "/api/AttachFile",
                        "uploadFile",
                        "second.txt",
                        "second".getBytes(StandardCharsets.UTF_8),
                        "id",
                        Long.toString(ticket))
                .expect(200);

        JsonNode files =
                as(customer).get("/api/Attachments?id=" + ticket).expect(200).json();
        assertThat(files)
                .extracting(f -> f.get("FileName").asString())
                .containsExactly("screen shot.txt", "second.txt");
        assertThat(files.get(0).get("IssueID").asLong()).isEqualTo(ticket);
        assertThat(as(customer)
                        .get("/api/Ticket?id=" + ticket)
                        .expect(200)
                        .json()
                        .get("Attachments"))
                .hasSize(2);

        long fileId = files.get(0).get("FileID").asLong();
        JitbitClient.Reply download =
                as(customer).get("/api/attachment?id=" + fileId).expect(200);
        assertThat(download.raw().body()).isEqualTo("first file");
        assertThat(download.header("Content-Disposition"))
                .startsWith("attachment")
                .contains("screen");
        assertThat(download.header("Content-Type")).startsWith("text/plain");

        TestUser stranger = new TestUsers(context).customer();
        as(stranger).get("/api/attachment?id=" + fileId).expect(404);
        as(agent).get("/api/DeleteFile?id=" + fileId).expect(200);
        as(customer).get("/api/attachment?id=" + fileId).expect(404);
        assertThat(as(customer).get("/api/Attachments/" + ticket).expect(200).json())
                .hasSize(1);
        assertThat(as(customer)
                        .form("/api/AttachFile", "id", Long.toString(ticket))
                        .expect(400)
                        .text())
                .contains("uploadFile");
    }

    @Test
    void commentTemplatesAreListedForStaff() {
        String name = "Greeting " + UUID.randomUUID();
        context.getBean(CommentTemplateService.class).create(admin.actor(), name, "Hello, we are on it.");

        JsonNode templates = as(agent).get("/api/CommentTemplates").expect(200).json();
        assertThat(templates).extracting(t -> t.get("Name").asString()).contains(name);
        assertThat(templates)
                .filteredOn(t -> t.get("Name").asString().equals(name))
                .extracting(t -> t.get("Body").asString())
                .containsExactly("Hello, we are on it.");
    }

    @Test
    void articlesAreCreatedListedAndRead() {
        String subject = "How to reset " + UUID.randomUUID();
        long id = as(agent)
                .form("/api/article", "subject", subject, "body", "<p>Click reset</p>")
                .expect(200)
                .id();
        long internal = as(agent)
                .form("/api/article", "subject", "Internal " + subject, "body", "secret", "forTechsOnly", "true")
                .expect(200)
                .id();

        JsonNode list = as(customer).get("/api/Articles").expect(200).json();
        assertThat(list)
                .extracting(a -> a.get("ArticleID").asLong())
                .contains(id)
                .doesNotContain(internal);
        assertThat(list)
                .filteredOn(a -> a.get("ArticleID").asLong() == id)
                .extracting(a -> a.has("Body"))
                .containsExactly(false);
        JsonNode article = as(customer).get("/api/Article/" + id).expect(200).json();
        assertThat(article.get("Subject").asString()).isEqualTo(subject);
        assertThat(article.get("Body").asString()).isEqualTo("<p>Click reset</p>");
        as(customer).get("/api/Article/" + internal).expect(404);
        as(customer).form("/api/article", "subject", "x", "body", "y").expect(403);
        assertThat(as(agent).form("/api/article", "body", "y").expect(400).text())
                .contains("subject");
    }
}
