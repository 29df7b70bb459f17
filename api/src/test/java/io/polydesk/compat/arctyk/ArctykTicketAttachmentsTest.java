package io.polydesk.compat.arctyk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.attachment.AttachFile;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketCreation;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The Arctyk ticket detail's {@code attachments}: the files a caller may see, in Polydesk's Arctyk shape. */
@PolydeskIntegrationTest
class ArctykTicketAttachmentsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TicketCreation ticketCreation;

    @Autowired
    CommentService comments;

    @Autowired
    AttachmentService attachments;

    private TestUser agent;
    private TestUser customer;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        agent = users.agent();
        customer = users.customer();
    }

    private Attachment file(TestUser uploader, String name, String text, Long ticketId, Long commentId) {
        Attachment uploaded = attachments.upload(
                uploader.actor(), name, "text/plain", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return attachments.attach(uploader.actor(), new AttachFile(uploaded.id(), ticketId, commentId, null));
    }

    private JsonNode detail(TestUser user, long ticketId) {
        return ArctykClient.as(port, user)
                .get("/api/tickets/" + ticketId + "/")
                .expect(200)
                .json();
    }

    private static List<Long> ids(JsonNode attachments) {
        return StreamSupport.stream(attachments.spliterator(), false)
                .map(a -> a.get("id").asLong())
                .toList();
    }

    @Test
    void detailListsTheTicketsFilesAndItsCommentsInArctykShape() throws Exception {
        Ticket ticket = ticketCreation.create(customer.actor(), CreateTicket.of("Printer", "See the log"));
        Attachment log = file(customer, "printer.log", "paper jam at tray 2", ticket.id(), null);
        Comment reply = comments.add(agent.actor(), ticket.id(), "Try this", false);
        Attachment guide = file(agent, "guide.txt", "open tray 2", null, reply.id());

        JsonNode files = detail(customer, ticket.id()).get("attachments");

        assertThat(ids(files)).containsExactly(log.id(), guide.id());
        JsonNode first = files.get(0);
        assertThat(first.propertyNames())
                .containsExactly("id", "filename", "size", "content_type", "url", "created_at");
        assertThat(first.get("filename").asString()).isEqualTo("printer.log");
        assertThat(first.get("size").asLong()).isEqualTo(19);
        assertThat(first.get("content_type").asString()).startsWith("text/plain");
        assertThat(first.get("url").asString()).isEqualTo("/attachments/" + log.id());
        assertThat(first.get("created_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

        HttpResponse<String> download = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                        + first.get("url").asString()))
                                .header("Authorization", customer.basic())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("paper jam at tray 2");
    }

    @Test
    void filesOfInternalCommentsAreForStaffOnly() {
        Ticket ticket = ticketCreation.create(customer.actor(), CreateTicket.of("VPN", "Drops every hour"));
        Comment note = comments.add(agent.actor(), ticket.id(), "Known issue on the concentrator", true);
        Attachment internal = file(agent, "trace.txt", "internal trace", null, note.id());
        Attachment shared = file(customer, "screen.txt", "what I see", ticket.id(), null);

        assertThat(ids(detail(customer, ticket.id()).get("attachments"))).containsExactly(shared.id());
        assertThat(ids(detail(agent, ticket.id()).get("attachments")))
                .containsExactlyInAnyOrder(internal.id(), shared.id());
    }

    @Test
    void pendingUploadsAreNotListedAndListRowsCarryNoAttachments() {
        Ticket ticket = ticketCreation.create(customer.actor(), CreateTicket.of("Pending " + System.nanoTime(), "x"));
        attachments.upload(
                customer.actor(),
                "loose.txt",
                "text/plain",
                new ByteArrayInputStream("not attached".getBytes(StandardCharsets.UTF_8)));

        assertThat(detail(customer, ticket.id()).get("attachments")).isEmpty();
        JsonNode rows = ArctykClient.as(port, customer)
                .get("/api/tickets/")
                .expect(200)
                .json()
                .get("results");
        assertThat(rows.get(0).propertyNames()).doesNotContain("attachments");
    }
}
