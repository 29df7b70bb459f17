package io.polydesk.compat.djangohelpdesk;

import static io.polydesk.compat.djangohelpdesk.DjangoHelpdeskClient.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.TicketCreation;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.time.TimeEntry;
import io.polydesk.domain.time.TimeEntryQueries;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** {@code /followups/} and {@code /followups-attachments/}: the full update flow of a followup. */
@PolydeskIntegrationTest
class DjangoHelpdeskFollowUpsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TicketCreation creation;

    @Autowired
    TicketQueries tickets;

    @Autowired
    TimeEntryQueries timeEntries;

    @Autowired
    ProjectService projects;

    private TestUser agent;
    private TestUser customer;
    private long queue;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        agent = users.agent();
        customer = users.customer();
        queue = projects.create(users.admin().actor(), "Followups " + UUID.randomUUID(), "d")
                .id();
    }

    private DjangoHelpdeskClient client() {
        return DjangoHelpdeskClient.as(port, agent);
    }

    private long ticket(TestUser requester, String title) {
        return creation.create(
                        requester.actor(),
                        CreateTicket.builder()
                                .title(title)
                                .description("d")
                                .projectId(queue)
                                .build())
                .id();
    }

    @Test
    void aFollowupIsTheCallersCommentTitledAfterTheTicket() {
        long id = ticket(customer, "Printer jammed");

        JsonNode followup = client().post(
                        "/followups/",
                        "{\"ticket\":" + id + ",\"comment\":\"Looking into it\",\"public\":true,\"user\":1}")
                .expect(201)
                .json();

        assertThat(followup.propertyNames())
                .containsExactly(
                        "id",
                        "ticket",
                        "user",
                        "title",
                        "comment",
                        "public",
                        "new_status",
                        "time_spent",
                        "followupattachment_set",
                        "date",
                        "message_id");
        assertThat(followup.get("ticket").asLong()).isEqualTo(id);
        assertThat(followup.get("user").asLong()).isEqualTo(agent.id());
        assertThat(followup.get("title").asString()).isEqualTo("Printer jammed");
        assertThat(followup.get("comment").asString()).isEqualTo("Looking into it");
        assertThat(followup.get("public").asBoolean()).isTrue();
        assertThat(followup.get("new_status").isNull()).isTrue();
        assertThat(followup.get("date").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");

        JsonNode detail = client().get("/tickets/" + id + "/").expect(200).json();
        assertThat(detail.get("followup_set").get(0).get("comment").asString()).isEqualTo("Looking into it");
    }

    @Test
    void newStatusChangesTheTicketAndTitlesTheFollowup() {
        long id = ticket(customer, "Old title");

        JsonNode followup = client().post(
                        "/followups/",
                        "{\"ticket\":" + id + ",\"title\":\"New title\",\"comment\":\"Fixed\",\"new_status\":3}")
                .expect(201)
                .json();

        assertThat(followup.get("title").asString()).isEqualTo("New title and Resolved");
        assertThat(followup.get("comment").asString()).isEqualTo("Fixed");
        assertThat(followup.get("new_status").asInt()).isEqualTo(3);
        JsonNode ticket = client().get("/tickets/" + id + "/").expect(200).json();
        assertThat(ticket.get("status").asInt()).isEqualTo(3);
        assertThat(ticket.get("title").asString()).isEqualTo("New title");
    }

    @Test
    void theCommentIsRenderedWithTheTicketInItsContext() {
        long id = ticket(customer, "Broken mouse");

        JsonNode followup = client().post(
                        "/followups/", "{\"ticket\":" + id + ",\"comment\":\"About {{ ticket.title }}: replaced\"}")
                .expect(201)
                .json();

        assertThat(followup.get("comment").asString()).isEqualTo("About Broken mouse: replaced");
    }

    @Test
    void timeSpentBecomesATimeEntryOfTheCaller() {
        long id = ticket(customer, "Timed");

        JsonNode followup = client().form(
                        "POST",
                        "/followups/",
                        Map.of("ticket", Long.toString(id), "comment", "Worked", "time_spent", "01:30:00"))
                .expect(201)
                .json();

        assertThat(followup.get("time_spent").asString()).isEqualTo("01:30:00");
        List<TimeEntry> entries = timeEntries.window(agent.actor(), id, 10, null).edges().stream()
                .map(e -> e.node())
                .toList();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).minutes()).isEqualTo(90);
        assertThat(entries.get(0).agentId()).isEqualTo(agent.id());
    }

    @Test
    void multipartAttachmentsBelongToTheFollowup() {
        long id = ticket(customer, "With files");

        JsonNode followup = client().multipart(
                        "/followups/",
                        Map.of("ticket", Long.toString(id), "comment", "See log", "public", "true"),
                        "attachments",
                        "error.log",
                        "stack trace".getBytes())
                .expect(201)
                .json();

        JsonNode file = followup.get("followupattachment_set").get(0);
        assertThat(file.get("followup").asLong()).isEqualTo(followup.get("id").asLong());
        assertThat(file.get("filename").asString()).isEqualTo("error.log");
        assertThat(file.get("size").asLong()).isEqualTo("stack trace".length());
        assertThat(file.get("file").asString())
                .isEqualTo("http://127.0.0.1:" + port + "/attachments/"
                        + file.get("id").asLong());

        JsonNode listed = client().get(
                        "/followups-attachments/" + file.get("id").asLong() + "/")
                .expect(200)
                .json();
        assertThat(listed.get("filename").asString()).isEqualTo("error.log");
    }

    @Test
    void aFollowupIsTheSameCommentOnArctyk() {
        long id = ticket(customer, "Shared conversation");
        client().post("/followups/", "{\"ticket\":" + id + ",\"comment\":\"visible to all\",\"public\":true}")
                .expect(201);

        var staff = DjangoHelpdeskClient.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tickets/" + id + "/comments/"))
                        .header("Authorization", customer.basic())
                        .GET());
        assertThat(staff.expect(200).raw().body()).contains("visible to all");
    }

    @Test
    void followupsArePrivateByDefaultAndCustomersNeverSeeThem() {
        long id = ticket(customer, "Private notes");
        client().post("/followups/", "{\"ticket\":" + id + ",\"comment\":\"internal note\"}")
                .expect(201);

        var arctyk = DjangoHelpdeskClient.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tickets/" + id + "/comments/"))
                        .header("Authorization", customer.basic())
                        .GET());
        assertThat(arctyk.expect(200).raw().body()).doesNotContain("internal note");
        assertThat(client().get("/tickets/" + id + "/")
                        .expect(200)
                        .json()
                        .get("followup_set")
                        .get(0)
                        .get("public")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void refusesWithTheSerializersMessagesAndWritesNothing() {
        long id = ticket(customer, "Refused");
        DjangoHelpdeskClient client = client();
        assertThat(client.post("/followups/", "{\"comment\":\"x\"}")
                        .expect(400)
                        .json()
                        .get("ticket")
                        .get(0)
                        .asString())
                .isEqualTo("This field is required.");
        assertThat(client.post("/followups/", "{\"ticket\":999999999,\"comment\":\"x\"}")
                        .expect(400)
                        .json()
                        .get("ticket")
                        .get(0)
                        .asString())
                .isEqualTo("Invalid pk \"999999999\" - object does not exist.");
        assertThat(client.post("/followups/", "{\"ticket\":" + id + ",\"comment\":\"x\",\"new_status\":9}")
                        .expect(400)
                        .json()
                        .get("new_status")
                        .get(0)
                        .asString())
                .isEqualTo("\"9\" is not a valid choice.");
        assertThat(client.post("/followups/", "{\"ticket\":" + id + ",\"comment\":\"x\",\"time_spent\":\"soon\"}")
                        .expect(400)
                        .json()
                        .get("time_spent")
                        .get(0)
                        .asString())
                .isEqualTo("Duration has wrong format. Use one of these formats instead: [DD] [HH:[MM:]]ss[.uuuuuu].");
        assertThat(client.post(
                                "/followups/",
                                "{\"ticket\":" + id
                                        + ",\"comment\":\"x\",\"new_status\":3,\"time_spent\":\"30:00:00\"}")
                        .expect(400)
                        .json()
                        .has("time_spent"))
                .isTrue();

        assertThat(client.get("/tickets/" + id + "/").expect(200).json().get("followup_set"))
                .isEmpty();
        assertThat(tickets.status(tickets.get(agent.actor(), id)).key()).isEqualTo("new");
    }

    @Test
    void followupsAreListedReadEditedAndDeleted() {
        long id = ticket(customer, "Lifecycle");
        long followup = client().post("/followups/", "{\"ticket\":" + id + ",\"comment\":\"first words\"}")
                .expect(201)
                .json()
                .get("id")
                .asLong();

        JsonNode all = client().get("/followups/").expect(200).json();
        assertThat(all.isArray()).isTrue();
        assertThat(all.valueStream().map(f -> f.get("id").asLong())).contains(followup);

        JsonNode edited = client().patch("/followups/" + followup + "/", "{\"comment\":" + quote("better words") + "}")
                .expect(200)
                .json();
        assertThat(edited.get("comment").asString()).isEqualTo("better words");

        client().delete("/followups/" + followup + "/").expect(204);
        client().get("/followups/" + followup + "/").expect(404);
    }

    @Test
    void attachmentsArePostedToAFollowup() {
        long id = ticket(customer, "Attach later");
        long followup = client().post("/followups/", "{\"ticket\":" + id + ",\"comment\":\"note\"}")
                .expect(201)
                .json()
                .get("id")
                .asLong();

        JsonNode created = client().multipart(
                        "/followups-attachments/",
                        Map.of("followup", Long.toString(followup)),
                        "file",
                        "screen.txt",
                        "pixels".getBytes())
                .expect(201)
                .json();
        assertThat(created.get("followup").asLong()).isEqualTo(followup);
        assertThat(created.get("mime_type").asString()).startsWith("text/plain");

        JsonNode all = client().get("/followups-attachments/").expect(200).json();
        assertThat(all.valueStream().map(a -> a.get("id").asLong()))
                .contains(created.get("id").asLong());

        assertThat(client().multipart(
                                "/followups-attachments/",
                                Map.of("followup", Long.toString(followup)),
                                null,
                                null,
                                null)
                        .expect(400)
                        .json()
                        .get("file")
                        .get(0)
                        .asString())
                .isEqualTo("No file was submitted.");

        client().delete("/followups-attachments/" + created.get("id").asLong() + "/")
                .expect(204);
        client().get("/followups-attachments/" + created.get("id").asLong() + "/")
                .expect(404);
    }
}
