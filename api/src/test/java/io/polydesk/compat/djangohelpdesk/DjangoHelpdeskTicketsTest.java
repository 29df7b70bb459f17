package io.polydesk.compat.djangohelpdesk;

import static io.polydesk.compat.djangohelpdesk.DjangoHelpdeskClient.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.djangohelpdesk.DjangoHelpdeskClient.Reply;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.user.UserQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** {@code /tickets/} over HTTP with the document's example request and the serializer's messages. */
@PolydeskIntegrationTest
class DjangoHelpdeskTicketsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProjectService projects;

    private TestUser admin;
    private TestUser agent;
    private long queue;

    @BeforeEach
    void setUp() {
        TestUsers users = new TestUsers(context);
        admin = users.admin();
        agent = users.agent();
        queue = projects.create(admin.actor(), "Queue " + UUID.randomUUID(), "d")
                .id();
    }

    private DjangoHelpdeskClient as(TestUser user) {
        return DjangoHelpdeskClient.as(port, user);
    }

    private JsonNode create(String body) {
        return as(agent).post("/tickets/", body).expect(201).json();
    }

    private long ticket(String title) {
        return create("{\"queue\":" + queue + ",\"title\":" + quote(title)
                        + ",\"description\":\"Test create ticket from API\",\"priority\":4}")
                .get("id")
                .asLong();
    }

    @Test
    void theDocumentsExampleCreatesATicket() {
        JsonNode created = create("{\"queue\": " + queue + ", \"title\": \"Test Ticket API\", \"description\": "
                + "\"Test create ticket from API\", \"submitter_email\": "
                + quote(agent.user().email())
                + ", \"priority\": 4}");

        assertThat(created.propertyNames())
                .startsWith(
                        "id",
                        "queue",
                        "title",
                        "description",
                        "resolution",
                        "submitter_email",
                        "assigned_to",
                        "status",
                        "on_hold",
                        "priority",
                        "due_date",
                        "merged_to",
                        "followup_set");
        assertThat(created.get("queue").asLong()).isEqualTo(queue);
        assertThat(created.get("title").asString()).isEqualTo("Test Ticket API");
        assertThat(created.get("description").asString()).isEqualTo("Test create ticket from API");
        assertThat(created.get("submitter_email").asString())
                .isEqualTo(agent.user().email());
        assertThat(created.get("status").asInt()).isEqualTo(1);
        assertThat(created.get("on_hold").asBoolean()).isFalse();
        assertThat(created.get("priority").asInt()).isEqualTo(4);
        assertThat(created.get("resolution").isNull()).isTrue();
        assertThat(created.get("merged_to").isNull()).isTrue();
        assertThat(created.get("followup_set").isArray()).isTrue();
    }

    @Test
    void theDocumentsCurlExampleFilesForANewCustomerByEmail() {
        JsonNode created = create("{\"queue\": " + queue + ", \"title\": \"Test Ticket API\", \"description\": "
                + "\"Test create ticket from API\", \"submitter_email\": \"test@mail.com\", \"priority\": 4}");

        assertThat(created.get("submitter_email").asString()).isEqualTo("test@mail.com");
        var requester =
                context.getBean(UserQueries.class).byEmail("test@mail.com").orElseThrow();
        assertThat(requester.role()).isEqualTo(Role.CUSTOMER);
        long id = created.get("id").asLong();
        assertThat(context.getBean(TicketQueries.class).get(admin.actor(), id).requesterId())
                .isEqualTo(requester.id());
    }

    @Test
    void createOpensWithOneFollowupByTheCallerCarryingTheDescription() {
        JsonNode created = create("{\"queue\": " + queue + ", \"title\": \"Opened\", \"description\": "
                + "\"Printer on fire\", \"submitter_email\": \"opener-" + UUID.randomUUID()
                + "@mail.com\", \"priority\": 3}");

        JsonNode followups = created.get("followup_set");
        assertThat(followups).hasSize(1);
        JsonNode first = followups.get(0);
        assertThat(first.get("ticket").asLong()).isEqualTo(created.get("id").asLong());
        assertThat(first.get("user").asLong()).isEqualTo(agent.id());
        assertThat(first.get("title").asString()).isEqualTo("Ticket Opened");
        assertThat(first.get("comment").asString()).isEqualTo("Printer on fire");
        assertThat(first.get("public").asBoolean()).isTrue();
        assertThat(first.get("new_status").isNull()).isTrue();
        assertThat(first.get("followupattachment_set")).isEmpty();

        long id = created.get("id").asLong();
        JsonNode again = as(agent).get("/tickets/" + id + "/").expect(200).json();
        assertThat(again.get("followup_set")).hasSize(1);
        assertThat(again.get("followup_set").get(0).get("id").asLong())
                .isEqualTo(first.get("id").asLong());
        // Staff filing for a customer have not yet answered them.
        assertThat(context.getBean(TicketQueries.class).get(admin.actor(), id).firstResponseAt())
                .isNull();
    }

    @Test
    void anAssignedTicketsFirstFollowupNamesTheAssignee() {
        JsonNode created = create("{\"queue\":" + queue + ",\"title\":\"Assigned\",\"description\":\"d\","
                + "\"priority\":2,\"assigned_to\":" + agent.id() + "}");
        assertThat(created.get("followup_set").get(0).get("title").asString())
                .isEqualTo("Ticket Opened & Assigned to " + agent.user().username());
    }

    @Test
    void aMultipartAttachmentIsStoredOnTheFirstFollowup() {
        JsonNode created = as(agent)
                .multipart(
                        "/tickets/",
                        Map.of(
                                "queue",
                                Long.toString(queue),
                                "title",
                                "With a log",
                                "description",
                                "see the log",
                                "priority",
                                "3"),
                        "attachment",
                        "log.txt",
                        "log line".getBytes())
                .expect(201)
                .json();
        JsonNode first = created.get("followup_set").get(0);
        assertThat(first.get("comment").asString()).isEqualTo("see the log");
        JsonNode file = first.get("followupattachment_set").get(0);
        assertThat(file.get("followup").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(file.get("filename").asString()).isEqualTo("log.txt");
        assertThat(file.get("size").asLong()).isEqualTo(8);
        assertThat(file.get("file").asString()).startsWith("http://");
    }

    @Test
    void aRefusedTicketRegistersNobody() {
        String address = "rollback-" + UUID.randomUUID() + "@mail.com";
        as(agent)
                .post(
                        "/tickets/",
                        "{\"queue\":999999,\"title\":\"t\",\"description\":\"d\",\"priority\":3,"
                                + "\"submitter_email\":" + quote(address) + "}")
                .expect(400);

        assertThat(context.getBean(UserQueries.class).byEmail(address)).isEmpty();
    }

    @Test
    void withoutSubmitterTheCallerIsTheRequester() {
        JsonNode created = create("{\"queue\":" + queue + ",\"title\":\"mine\",\"description\":\"d\",\"priority\":3}");
        assertThat(created.get("submitter_email").asString())
                .isEqualTo(agent.user().email());
    }

    @Test
    void createIgnoresStatusOnHoldResolutionAndMergedTo() {
        JsonNode created = create("{\"queue\":" + queue + ",\"title\":\"t\",\"description\":\"d\",\"priority\":\"2\","
                + "\"status\":3,\"on_hold\":true,\"resolution\":\"done\",\"merged_to\":5}");

        assertThat(created.get("status").asInt()).isEqualTo(1);
        assertThat(created.get("on_hold").asBoolean()).isFalse();
        assertThat(created.get("resolution").isNull()).isTrue();
        assertThat(created.get("priority").asInt()).isEqualTo(2);
    }

    @Test
    void createRefusesWithTheSerializersMessages() {
        DjangoHelpdeskClient client = as(agent);
        JsonNode empty = client.post("/tickets/", "{}").expect(400).json();
        assertThat(empty.get("queue").get(0).asString()).isEqualTo("This field is required.");
        assertThat(empty.get("title").get(0).asString()).isEqualTo("This field is required.");

        String base = "\"queue\":" + queue + ",\"title\":\"t\"";
        assertThat(client.post("/tickets/", "{" + base + ",\"priority\":3}")
                        .expect(400)
                        .json()
                        .get("description"))
                .isNotNull();
        assertThat(client.post("/tickets/", "{" + base + ",\"description\":\"\",\"priority\":3}")
                        .expect(400)
                        .json()
                        .get("body")
                        .get(0)
                        .asString())
                .isEqualTo("This field is required.");
        assertThat(client.post("/tickets/", "{" + base + ",\"description\":\"d\"}")
                        .expect(400)
                        .json()
                        .get("priority")
                        .get(0)
                        .asString())
                .isEqualTo("This field is required.");
        assertThat(client.post("/tickets/", "{" + base + ",\"description\":\"d\",\"priority\":9}")
                        .expect(400)
                        .json()
                        .get("priority")
                        .get(0)
                        .asString())
                .isEqualTo("\"9\" is not a valid choice.");
        assertThat(client.post("/tickets/", "{\"queue\":999999,\"title\":\"t\",\"description\":\"d\",\"priority\":3}")
                        .expect(400)
                        .json()
                        .get("queue")
                        .get(0)
                        .asString())
                .isEqualTo("Invalid pk \"999999\" - object does not exist.");
        assertThat(client.post(
                                "/tickets/",
                                "{" + base + ",\"description\":\"d\",\"priority\":3,\"assigned_to\":999999}")
                        .expect(400)
                        .json()
                        .get("assigned_to")
                        .get(0)
                        .asString())
                .isEqualTo("Invalid pk \"999999\" - object does not exist.");
        assertThat(client.post(
                                "/tickets/",
                                "{" + base + ",\"description\":\"d\",\"priority\":3,\"submitter_email\":\"nope\"}")
                        .expect(400)
                        .json()
                        .get("submitter_email")
                        .get(0)
                        .asString())
                .isEqualTo("Enter a valid email address.");
        assertThat(client.post(
                                "/tickets/",
                                "{\"queue\":" + queue + ",\"title\":" + quote("x".repeat(201))
                                        + ",\"description\":\"d\",\"priority\":3}")
                        .expect(400)
                        .json()
                        .get("title")
                        .get(0)
                        .asString())
                .isEqualTo("Ensure this field has no more than 200 characters.");
        assertThat(client.post(
                                "/tickets/",
                                "{" + base + ",\"description\":\"d\",\"priority\":3,"
                                        + "\"due_date\":\"monday, 1st of may 2022\"}")
                        .expect(400)
                        .json()
                        .get("due_date")
                        .get(0)
                        .asString())
                .isEqualTo("Datetime has wrong format. Use one of these formats instead: "
                        + "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].");
    }

    @Test
    void listIsOrderedByIdAndPagedWithAbsoluteLinks() {
        long first = ticket("first");
        ticket("second");
        ticket("third");

        JsonNode page = as(agent).get("/tickets/?page_size=2").expect(200).json();
        assertThat(page.propertyNames()).containsExactly("count", "next", "previous", "results");
        assertThat(page.get("results")).hasSize(2);
        assertThat(page.get("next").asString())
                .isEqualTo("http://127.0.0.1:" + port + "/helpdesk/api/tickets/?page_size=2&page=2");
        assertThat(page.get("previous").isNull()).isTrue();
        long a = page.get("results").get(0).get("id").asLong();
        long b = page.get("results").get(1).get("id").asLong();
        assertThat(a).isLessThan(b);

        long count = page.get("count").asLong();
        JsonNode last =
                as(agent).get("/tickets/?page_size=2&page=last").expect(200).json();
        assertThat(last.get("next").isNull()).isTrue();
        assertThat(last.get("results")
                        .get(last.get("results").size() - 1)
                        .get("id")
                        .asLong())
                .isGreaterThanOrEqualTo(first + 2);
        long pages = (count + 1) / 2;
        assertThat(as(agent)
                        .get("/tickets/?page_size=2&page=" + (pages + 1))
                        .expect(404)
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("Invalid page.");
        assertThat(as(agent)
                        .get("/tickets/?page=abc")
                        .expect(404)
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("Invalid page.");

        JsonNode second =
                as(agent).get("/tickets/?page_size=2&page=2").expect(200).json();
        assertThat(second.get("previous").asString())
                .isEqualTo("http://127.0.0.1:" + port + "/helpdesk/api/tickets/?page_size=2");
    }

    @Test
    void pageSizeDefaultsTo25() {
        for (int i = 0; i < 26; i++) {
            ticket("bulk " + i);
        }
        JsonNode page = as(agent).get("/tickets/?page_size=0").expect(200).json();
        assertThat(page.get("results")).hasSize(25);
        assertThat(as(agent).get("/tickets/").expect(200).json().get("results")).hasSize(25);
    }

    @Test
    void statusFiltersByNumericCodesAndIgnoresLabels() {
        long open = ticket("open one");
        long closed = ticket("closed one");
        as(agent).patch("/tickets/" + closed + "/", "{\"status\":4}").expect(200);

        List<Long> closedOnes = everyPage("/tickets/?status=4&page_size=1000");
        assertThat(closedOnes).contains(closed).doesNotContain(open);
        List<Long> both = everyPage("/tickets/?status=1,4&page_size=1000");
        assertThat(both).contains(open, closed);
        List<Long> labels = everyPage("/tickets/?status=Open&page_size=1000");
        assertThat(labels).contains(open, closed);
        assertThat(as(agent)
                        .get("/tickets/?status=9")
                        .expect(200)
                        .json()
                        .get("count")
                        .asLong())
                .isZero();
    }

    @Test
    void patchChangesOnlyWhatItNames() {
        long id = ticket("patch me");

        JsonNode patched = as(agent)
                .patch(
                        "/tickets/" + id + "/",
                        "{\"priority\":1,\"assigned_to\":" + agent.id()
                                + ",\"due_date\":\"2026-05-01T10:00:00Z\",\"status\":3}")
                .expect(200)
                .json();

        assertThat(patched.get("title").asString()).isEqualTo("patch me");
        assertThat(patched.get("priority").asInt()).isEqualTo(1);
        assertThat(patched.get("assigned_to").asLong()).isEqualTo(agent.id());
        assertThat(patched.get("status").asInt()).isEqualTo(3);
        assertThat(patched.get("due_date").asString()).isEqualTo("2026-05-01T00:00:00Z");

        JsonNode cleared = as(agent)
                .patch("/tickets/" + id + "/", "{\"assigned_to\":null}")
                .expect(200)
                .json();
        assertThat(cleared.get("assigned_to").isNull()).isTrue();
    }

    @Test
    void aFormPatchWithAnEmptyAssigneeUnassigns() {
        long id = ticket("form patch");
        as(agent)
                .patch("/tickets/" + id + "/", "{\"assigned_to\":" + agent.id() + "}")
                .expect(200);

        JsonNode patched = as(agent)
                .form("PATCH", "/tickets/" + id + "/", Map.of("assigned_to", "", "priority", "2"))
                .expect(200)
                .json();

        assertThat(patched.get("assigned_to").isNull()).isTrue();
        assertThat(patched.get("priority").asInt()).isEqualTo(2);
    }

    @Test
    void onHoldIsAStatusUnderneath() {
        long id = ticket("hold me");
        JsonNode held = as(agent)
                .patch("/tickets/" + id + "/", "{\"on_hold\":true}")
                .expect(200)
                .json();
        assertThat(held.get("on_hold").asBoolean()).isTrue();
        assertThat(held.get("status").asInt()).isEqualTo(1);
        JsonNode released = as(agent)
                .patch("/tickets/" + id + "/", "{\"on_hold\":\"false\"}")
                .expect(200)
                .json();
        assertThat(released.get("on_hold").asBoolean()).isFalse();
    }

    @Test
    void patchRefusesWithTheSerializersMessages() {
        long id = ticket("refuse me");
        assertThat(as(agent)
                        .patch("/tickets/" + id + "/", "{\"status\":7}")
                        .expect(400)
                        .json()
                        .get("status")
                        .get(0)
                        .asString())
                .isEqualTo("\"7\" is not a valid choice.");
        assertThat(as(agent)
                        .patch("/tickets/" + id + "/", "{\"title\":null}")
                        .expect(400)
                        .json()
                        .get("title")
                        .get(0)
                        .asString())
                .isEqualTo("This field may not be null.");
        as(agent).patch("/tickets/999999999/", "{}").expect(404);
    }

    @Test
    void putNeedsQueueAndTitleAndKeepsOmittedFields() {
        long id = ticket("put me");
        assertThat(as(agent)
                        .put("/tickets/" + id + "/", "{\"queue\":" + queue + "}")
                        .expect(400)
                        .json()
                        .get("title")
                        .get(0)
                        .asString())
                .isEqualTo("This field is required.");

        JsonNode put = as(agent)
                .put("/tickets/" + id + "/", "{\"queue\":" + queue + ",\"title\":\"renamed\"}")
                .expect(200)
                .json();
        assertThat(put.get("title").asString()).isEqualTo("renamed");
        assertThat(put.get("priority").asInt()).isEqualTo(4);
        assertThat(put.get("description").asString()).isEqualTo("Test create ticket from API");
    }

    @Test
    void formAndMultipartBodiesCreateTickets() {
        JsonNode form = as(agent)
                .form(
                        "POST",
                        "/tickets/",
                        Map.of(
                                "queue",
                                Long.toString(queue),
                                "title",
                                "From a form",
                                "description",
                                "form body",
                                "priority",
                                "5"))
                .expect(201)
                .json();
        assertThat(form.get("priority").asInt()).isEqualTo(5);

        JsonNode multipart = as(agent)
                .multipart(
                        "/tickets/",
                        Map.of(
                                "queue",
                                Long.toString(queue),
                                "title",
                                "Multipart",
                                "description",
                                "m",
                                "priority",
                                "3"),
                        "attachment",
                        "log.txt",
                        "log line".getBytes())
                .expect(201)
                .json();
        assertThat(multipart.get("title").asString()).isEqualTo("Multipart");
    }

    @Test
    void deleteMakesTheTicketVanish() {
        long id = ticket("delete me");

        as(agent).delete("/tickets/" + id + "/").expect(204);

        as(agent).get("/tickets/" + id + "/").expect(404);
        as(agent).delete("/tickets/" + id + "/").expect(404);
        assertThat(ids(as(agent)
                        .get("/tickets/?page_size=1000&page=last")
                        .expect(200)
                        .json()))
                .doesNotContain(id);
        assertThat(DjangoHelpdeskClient.send(java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + port + "/api/tickets/" + id + "/"))
                                .header("Authorization", agent.basic())
                                .GET())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void customFieldsAreCustomSlugKeysTypedAsDjangoDoes() {
        CustomFieldService fields = context.getBean(CustomFieldService.class);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String count = "dj_count_" + suffix;
        String flag = "dj_flag_" + suffix;
        String colour = "dj_colour_" + suffix;
        fields.define(admin.actor(), count, "Count", CustomFieldType.INTEGER, List.of(), false);
        fields.define(admin.actor(), flag, "Flag", CustomFieldType.BOOLEAN, List.of(), false);
        fields.define(admin.actor(), colour, "Colour", CustomFieldType.DROPDOWN, List.of("Red", "Blue"), false);

        JsonNode created = create("{\"queue\":" + queue + ",\"title\":\"t\",\"description\":\"d\",\"priority\":3,"
                + "\"custom_" + count + "\":42,\"custom_" + flag + "\":true}");
        assertThat(created.get("custom_" + count).asLong()).isEqualTo(42);
        assertThat(created.get("custom_" + count).isNumber()).isTrue();
        assertThat(created.get("custom_" + flag).isBoolean()).isTrue();
        assertThat(created.get("custom_" + colour).isNull()).isTrue();

        long id = created.get("id").asLong();
        JsonNode refused = as(agent)
                .patch("/tickets/" + id + "/", "{\"custom_" + colour + "\":\"Green\"}")
                .expect(400)
                .json();
        assertThat(refused.get("custom_" + colour).get(0).asString()).isEqualTo("\"Green\" is not a valid choice.");
        JsonNode patched = as(agent)
                .patch("/tickets/" + id + "/", "{\"custom_" + colour + "\":\"Blue\"}")
                .expect(200)
                .json();
        assertThat(patched.get("custom_" + colour).asString()).isEqualTo("Blue");
    }

    @Test
    void aTicketCreatedHereIsTheSameTicketOnGraphQlAndArctyk() {
        JsonNode created = create("{\"queue\":" + queue + ",\"title\":\"Seen everywhere\",\"description\":\"same\","
                + "\"priority\":1,\"assigned_to\":" + agent.id() + "}");
        long id = created.get("id").asLong();
        as(agent).patch("/tickets/" + id + "/", "{\"status\":3}").expect(200);

        Reply graphql = DjangoHelpdeskClient.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Authorization", agent.basic())
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ ticket(id: " + id
                                + ") { title description status { key } priority { key } assignee { id } project { id }"
                                + " history { field fromValue toValue }"
                                + " comments(first: 5) { nodes { content internal author { id } } } } }\"}")));
        JsonNode ticket = graphql.expect(200).json().get("data").get("ticket");
        assertThat(ticket.get("title").asString()).isEqualTo("Seen everywhere");
        assertThat(ticket.get("description").asString()).isEqualTo("same");
        assertThat(ticket.get("status").get("key").asString()).isEqualTo("resolved");
        assertThat(ticket.get("priority").get("key").asString()).isEqualTo("critical");
        assertThat(ticket.get("assignee").get("id").asLong()).isEqualTo(agent.id());
        assertThat(ticket.get("project").get("id").asLong()).isEqualTo(queue);
        assertThat(ticket.get("history").toString()).contains("resolved");
        JsonNode opening = ticket.get("comments").get("nodes");
        assertThat(opening).hasSize(1);
        assertThat(opening.get(0).get("content").asString()).isEqualTo("same");
        assertThat(opening.get(0).get("internal").asBoolean()).isFalse();
        assertThat(opening.get(0).get("author").get("id").asString()).isNotBlank();

        Reply arctyk = DjangoHelpdeskClient.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/tickets/" + id + "/"))
                .header("Authorization", agent.basic())
                .GET());
        JsonNode detail = arctyk.expect(200).json();
        assertThat(detail.get("title").asString()).isEqualTo("Seen everywhere");
        assertThat(detail.get("status").asString()).isEqualTo("resolved");
        assertThat(detail.get("priority").asString()).isEqualTo("critical");
    }

    /** The ids of every page, following {@code next}: the shared test database holds far more than one page. */
    private List<Long> everyPage(String path) {
        List<Long> all = new ArrayList<>();
        JsonNode page = as(agent).get(path).expect(200).json();
        all.addAll(ids(page));
        while (page.hasNonNull("next")) {
            String next = page.get("next").asString();
            page = as(agent)
                    .get(next.substring(next.indexOf(DjangoHelpdeskClient.BASE) + DjangoHelpdeskClient.BASE.length()))
                    .expect(200)
                    .json();
            all.addAll(ids(page));
        }
        return all;
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("results").valueStream().map(t -> t.get("id").asLong()).toList();
    }
}
