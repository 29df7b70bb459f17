package io.polydesk.compat.ticketingv1;

import static io.polydesk.compat.ticketingv1.TicketingV1Client.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.ticketingv1.TicketingV1Client.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The ticket endpoints over HTTP, with the document's example requests and its {@code {data}} shapes. */
@PolydeskIntegrationTest
class TicketingV1TicketsTest {

    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";
    private static final List<String> ROW_FIELDS = List.of(
            "id",
            "title",
            "description",
            "status",
            "priority",
            "created_at",
            "updated_at",
            "created_by",
            "assigned_to",
            "tags");

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
        TicketingV1Fixtures.defineDocumentCustomFields(context);
    }

    private TicketingV1Client as(TestUser user) {
        return TicketingV1Client.as(port, user);
    }

    private String ticket(TestUser user, String title) {
        return as(user).post("/tickets", "{\"title\":" + quote(title) + ",\"description\":\"Details\"}")
                .expect(201)
                .data()
                .get("id")
                .asString();
    }

    @Test
    void createWithTheDocumentsExampleAnswersItsShape() {
        String title = "Cannot export reports " + UUID.randomUUID();
        Reply reply = TicketingV1Client.withToken(port, customer)
                .post("/tickets", TicketingV1Fixtures.createExample(title))
                .expect(201);

        JsonNode data = reply.data();
        List<String> fields = new ArrayList<>(ROW_FIELDS);
        fields.add("custom_fields");
        assertThat(data.propertyNames()).containsExactlyElementsOf(fields);
        assertThat(data.get("id").isString()).isTrue();
        assertThat(data.get("title").asString()).isEqualTo(title);
        assertThat(data.get("status").asString()).isEqualTo("open");
        assertThat(data.get("priority").asString()).isEqualTo("medium");
        assertThat(data.get("created_at").asString()).matches(TIMESTAMP);
        assertThat(data.get("assigned_to").isNull()).isTrue();
        assertThat(data.get("created_by").propertyNames()).containsExactly("id", "name", "email");
        assertThat(data.get("created_by").get("id").asString()).isEqualTo(Long.toString(customer.id()));
        assertThat(data.get("created_by").get("email").asString())
                .isEqualTo(customer.user().email());
        assertThat(data.get("created_by").get("name").asString())
                .isEqualTo(customer.user().fullName());
        assertThat(data.get("tags").toString()).isEqualTo("[\"export\",\"reports\"]");
        assertThat(data.get("custom_fields").toString())
                .isEqualTo("{\"browser\":\"Firefox 102.0\",\"os\":\"MacOS 13.4\"}");
        assertThat(reply.header("Location"))
                .isEqualTo("/api/v1/tickets/" + data.get("id").asString());

        JsonNode detail = as(customer)
                .get("/tickets/" + data.get("id").asString())
                .expect(200)
                .data();
        JsonNode file = detail.get("attachments").get(0);
        assertThat(file.propertyNames()).containsExactly("id", "filename", "size", "mime_type", "url", "created_at");
        assertThat(file.get("filename").asString()).isEqualTo("error_log.txt");
        assertThat(file.get("mime_type").asString()).startsWith("text/plain");
        assertThat(file.get("size").asLong()).isEqualTo(TicketingV1Fixtures.LOG_TEXT.length());
        assertThat(file.get("url").asString())
                .isEqualTo("http://127.0.0.1:" + port + "/attachments/"
                        + file.get("id").asString());
        Reply download =
                as(customer).raw("GET", "/attachments/" + file.get("id").asString(), null);
        assertThat(download.raw().body()).isEqualTo(TicketingV1Fixtures.LOG_TEXT);
    }

    @Test
    void theDocumentsPlaceholderContentIsRefusedAndNothingIsWritten() {
        String title = "Placeholder " + UUID.randomUUID();
        String body = TicketingV1Fixtures.createExample(title)
                .replace(TicketingV1Fixtures.base64(TicketingV1Fixtures.LOG_TEXT), "base64_encoded_content...");

        Reply refused = as(customer).post("/tickets", body).expectError(400, "invalid_input");

        assertThat(refused.detail("attachments[0].content")).isEqualTo("Content is not valid base64");
        JsonNode list = as(admin)
                .get("/tickets?q=" + title.replace(' ', '+'))
                .expect(200)
                .json();
        assertThat(list.get("pagination").get("total").asLong()).isZero();
    }

    @Test
    void aRefusedFileUndoesTheTicket() {
        String title = "Empty file " + UUID.randomUUID();
        Reply refused = as(agent)
                .post(
                        "/tickets",
                        "{\"title\":" + quote(title) + ",\"attachments\":[{\"filename\":\"a.txt\",\"content\":\"\"}]}")
                .expectError(422, "validation_error");

        assertThat(refused.detail("attachments[0].content")).isEqualTo("Content must not be empty");
        assertThat(as(admin)
                        .get("/tickets?q=" + title.replace(' ', '+'))
                        .json()
                        .get("pagination")
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void aFileRefusedWhileStoringRollsBackTheTicketAndTheFilesBeforeIt() {
        String title = "Rollback " + UUID.randomUUID();
        String good = TicketingV1Fixtures.base64(TicketingV1Fixtures.LOG_TEXT);

        Reply refused = as(agent)
                .post(
                        "/tickets",
                        "{\"title\":" + quote(title) + ",\"attachments\":[{\"filename\":\"ok.txt\",\"content\":\""
                                + good + "\"},{\"filename\":\"../..\",\"content\":\"" + good + "\"}]}")
                .expectError(422, "validation_error");

        assertThat(refused.detail("attachments")).isEqualTo("Attachments must name a file");
        assertThat(as(admin)
                        .get("/tickets?q=" + title.replace(' ', '+'))
                        .json()
                        .get("pagination")
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void listPagesWithTheDocumentsPagination() {
        String word = "pagetest" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            ticket(agent, word + " ticket " + i);
        }

        JsonNode first =
                as(agent).get("/tickets?q=" + word + "&per_page=2").expect(200).json();

        assertThat(first.propertyNames()).containsExactly("data", "pagination");
        assertThat(first.get("data")).hasSize(2);
        assertThat(first.get("data").get(0).propertyNames()).containsExactlyElementsOf(ROW_FIELDS);
        JsonNode pagination = first.get("pagination");
        assertThat(pagination.propertyNames())
                .containsExactly("total", "per_page", "current_page", "last_page", "next_page_url", "prev_page_url");
        assertThat(pagination.get("total").asLong()).isEqualTo(3);
        assertThat(pagination.get("per_page").asInt()).isEqualTo(2);
        assertThat(pagination.get("current_page").asInt()).isEqualTo(1);
        assertThat(pagination.get("last_page").asInt()).isEqualTo(2);
        assertThat(pagination.get("next_page_url").asString())
                .isEqualTo("/api/v1/tickets?q=" + word + "&per_page=2&page=2");
        assertThat(pagination.get("prev_page_url").isNull()).isTrue();

        JsonNode second = as(agent)
                .get("/tickets?q=" + word + "&per_page=2&page=2")
                .expect(200)
                .json();
        assertThat(second.get("data")).hasSize(1);
        assertThat(second.get("pagination").get("next_page_url").isNull()).isTrue();
        assertThat(second.get("pagination").get("prev_page_url").asString())
                .isEqualTo("/api/v1/tickets?q=" + word + "&per_page=2&page=1");
    }

    @Test
    void perPageDefaultsToTwentyAndIsClampedToAHundred() {
        assertThat(as(agent)
                        .get("/tickets")
                        .expect(200)
                        .json()
                        .get("pagination")
                        .get("per_page")
                        .asInt())
                .isEqualTo(20);
        assertThat(as(agent)
                        .get("/tickets?per_page=500")
                        .expect(200)
                        .json()
                        .get("pagination")
                        .get("per_page")
                        .asInt())
                .isEqualTo(100);
        assertThat(as(agent)
                        .get("/tickets?per_page=0")
                        .expectError(400, "invalid_input")
                        .detail("per_page"))
                .isEqualTo("Must be at least 1");
        as(agent).get("/tickets?page=abc").expectError(400, "invalid_input");
    }

    @Test
    void listFiltersByStatusPriorityAssigneeAndCreator() {
        String word = "filtertest" + UUID.randomUUID().toString().substring(0, 8);
        String mine = ticket(customer, word + " mine");
        String other = ticket(agent, word + " other");
        as(agent)
                .patch(
                        "/tickets/" + other,
                        "{\"status\":\"in_progress\",\"priority\":\"critical\",\"assigned_to\":\"" + agent.id() + "\"}")
                .expect(200);

        assertThat(ids(as(agent).get("/tickets?q=" + word + "&status=in_progress")))
                .containsExactly(other);
        assertThat(ids(as(agent).get("/tickets?q=" + word + "&status=open"))).containsExactly(mine);
        assertThat(ids(as(agent).get("/tickets?q=" + word + "&priority=critical")))
                .containsExactly(other);
        assertThat(ids(as(agent).get("/tickets?q=" + word + "&assigned_to=" + agent.id())))
                .containsExactly(other);
        assertThat(ids(as(agent).get("/tickets?q=" + word + "&created_by=" + customer.id())))
                .containsExactly(mine);
        assertThat(ids(as(agent).get("/tickets?q=" + word + "&sort=priority&order=desc")))
                .containsExactly(other, mine);
        assertThat(ids(as(agent).get("/tickets?q=" + word + "&sort=priority&order=asc")))
                .containsExactly(mine, other);
        assertThat(ids(as(agent).get("/tickets?q=" + word + "&sort=created_at&order=asc")))
                .containsExactly(mine, other);
    }

    @Test
    void malformedFiltersAreInvalidInputNamingTheParameter() {
        Reply status = as(agent).get("/tickets?status=pending").expectError(400, "invalid_input");
        assertThat(status.detail("status")).isEqualTo("Status must be one of: open, in_progress, resolved, closed");
        assertThat(as(agent)
                        .get("/tickets?sort=title")
                        .expectError(400, "invalid_input")
                        .detail("sort"))
                .isEqualTo("Sort must be one of: created_at, updated_at, priority");
        as(agent).get("/tickets?order=up").expectError(400, "invalid_input");
        assertThat(as(agent)
                        .get("/tickets?assigned_to=agent789")
                        .expectError(400, "invalid_input")
                        .detail("assigned_to"))
                .isEqualTo("Assigned to must be a user id");
    }

    @Test
    void patchWithTheDocumentsExampleAssignsAndMoves() {
        String id = ticket(customer, "Cannot access customer dashboard " + UUID.randomUUID());

        JsonNode data = as(agent)
                .patch(
                        "/tickets/" + id,
                        "{\n\"status\": \"in_progress\",\n\"priority\": \"high\",\n\"assigned_to\": \"" + agent.id()
                                + "\"\n}")
                .expect(200)
                .data();

        assertThat(data.get("id").asString()).isEqualTo(id);
        assertThat(data.get("status").asString()).isEqualTo("in_progress");
        assertThat(data.get("priority").asString()).isEqualTo("high");
        assertThat(data.get("assigned_to").get("id").asString()).isEqualTo(Long.toString(agent.id()));
        assertThat(data.get("assigned_to").get("email").asString())
                .isEqualTo(agent.user().email());
        assertThat(data.get("created_by").get("id").asString()).isEqualTo(Long.toString(customer.id()));

        JsonNode unassigned = as(agent)
                .patch("/tickets/" + id, "{\"assigned_to\":null}")
                .expect(200)
                .data();
        assertThat(unassigned.get("assigned_to").isNull()).isTrue();
    }

    @Test
    void patchChangesTagsAndCustomFields() {
        String id = ticket(agent, "Fields " + UUID.randomUUID());

        JsonNode data = as(agent)
                .patch(
                        "/tickets/" + id,
                        "{\"tags\":[\"dashboard\",\"access\"],\"custom_fields\":{\"browser\":\"Chrome 112.0\"}}")
                .expect(200)
                .data();
        assertThat(data.get("tags").toString()).isEqualTo("[\"access\",\"dashboard\"]");
        assertThat(data.get("custom_fields").get("browser").asString()).isEqualTo("Chrome 112.0");

        JsonNode cleared = as(agent)
                .patch("/tickets/" + id, "{\"custom_fields\":{\"browser\":null}}")
                .expect(200)
                .data();
        assertThat(cleared.get("custom_fields").has("browser")).isFalse();
    }

    @Test
    void theDocumentsPriorityErrorIsInvalidInput() {
        String id = ticket(agent, "Bad priority " + UUID.randomUUID());

        Reply refused =
                as(agent).patch("/tickets/" + id, "{\"priority\":\"urgent\"}").expectError(400, "invalid_input");

        assertThat(refused.error().get("message").asString()).isEqualTo("The request data is invalid");
        assertThat(refused.detail("priority")).isEqualTo("Priority must be one of: low, medium, high, critical");
        assertThat(as(agent).get("/tickets/" + id).data().get("priority").asString())
                .isEqualTo("medium");
    }

    @Test
    void ruleViolationsAreValidationErrors() {
        String id = ticket(agent, "Rules " + UUID.randomUUID());
        as(agent).patch("/tickets/" + id, "{\"status\":\"resolved\"}").expect(200);

        Reply transition = as(agent)
                .patch("/tickets/" + id, "{\"status\":\"in_progress\"}")
                .expectError(422, "validation_error");
        assertThat(transition.detail("status")).contains("cannot move from resolved to in_progress");

        assertThat(as(agent)
                        .post("/tickets", "{\"description\":\"no title\"}")
                        .expectError(422, "validation_error")
                        .detail("title"))
                .isEqualTo("Title must not be blank");
        assertThat(as(agent)
                        .post("/tickets", "{\"title\":\"x\",\"custom_fields\":{\"nope\":\"1\"}}")
                        .expectError(422, "validation_error")
                        .detail("custom_fields.nope"))
                .startsWith("Nope ");
        as(agent)
                .post("/tickets", "{\"title\":\"x\",\"assigned_to\":\"999999999\"}")
                .expectError(422, "validation_error")
                .detail("assigned_to");
    }

    @Test
    void wrongJsonIsInvalidInput() {
        as(agent).send("POST", "/tickets", "application/json", "{not json").expectError(400, "invalid_input");
        as(agent).post("/tickets", "[1,2]").expectError(400, "invalid_input");
        assertThat(as(agent)
                        .post("/tickets", "{\"title\":{\"a\":1}}")
                        .expectError(400, "invalid_input")
                        .detail("title"))
                .isEqualTo("Expected a string, got an object");
        assertThat(as(agent)
                        .post("/tickets", "{\"title\":\"x\",\"tags\":\"one\"}")
                        .expectError(400, "invalid_input")
                        .detail("tags"))
                .isEqualTo("Expected an array of strings, got a string");
        as(agent).send("POST", "/tickets", "text/plain", "title=x").expectError(415, "unsupported_media_type");
    }

    @Test
    void deleteAnswersNoContentAndTheTicketIsGone() {
        String id = ticket(agent, "Delete me " + UUID.randomUUID());

        Reply deleted = as(agent).delete("/tickets/" + id).expect(204);

        assertThat(deleted.raw().body()).isEmpty();
        as(agent).get("/tickets/" + id).expectError(404, "not_found");
        as(agent).delete("/tickets/" + id).expectError(404, "not_found");
    }

    @Test
    void unknownIdsAreNotFound() {
        as(agent).get("/tickets/ticket123").expectError(404, "not_found");
        as(agent).get("/tickets/999999999").expectError(404, "not_found");
        as(agent).patch("/tickets/999999999", "{\"title\":\"x\"}").expectError(404, "not_found");
    }

    @Test
    void customersSeeOnlyTheirOwnTicketsAndMayNotWorkThem() {
        String word = "visibility" + UUID.randomUUID().toString().substring(0, 8);
        String own = ticket(customer, word + " own");
        String foreign = ticket(agent, word + " foreign");

        assertThat(ids(as(customer).get("/tickets?q=" + word))).containsExactly(own);
        assertThat(ids(as(customer).get("/tickets?q=" + word + "&created_by=" + agent.id())))
                .isEmpty();
        as(customer).get("/tickets/" + foreign).expectError(404, "not_found");
        as(customer).patch("/tickets/" + foreign, "{\"title\":\"mine now\"}").expectError(404, "not_found");
        as(customer).patch("/tickets/" + own, "{\"status\":\"closed\"}").expectError(403, "forbidden");
        as(customer).delete("/tickets/" + own).expectError(403, "forbidden");
        as(customer)
                .post("/tickets", "{\"title\":\"x\",\"assigned_to\":\"" + agent.id() + "\"}")
                .expectError(403, "forbidden");
        assertThat(as(customer)
                        .patch("/tickets/" + own, "{\"title\":" + quote(word + " renamed") + "}")
                        .expect(200)
                        .data()
                        .get("title")
                        .asString())
                .isEqualTo(word + " renamed");
        assertThat(ids(as(agent).get("/tickets?q=" + word))).containsExactlyInAnyOrder(own, foreign);
    }

    @Test
    void aTicketCreatedHereIsTheSameTicketOnGraphQlAndArctyk() {
        String title = "Cross-surface " + UUID.randomUUID();
        JsonNode data = as(customer)
                .post("/tickets", TicketingV1Fixtures.createExample(title))
                .expect(201)
                .data();
        String id = data.get("id").asString();

        JsonNode graphql = as(customer)
                .raw(
                        "POST",
                        "/graphql",
                        "{\"query\":\"{ ticket(id: \\\"" + id
                                + "\\\") { title description priority { key } status { key }"
                                + " tags requester { email } customFields { key value } } }\"}")
                .expect(200)
                .json()
                .get("data")
                .get("ticket");
        assertThat(graphql.get("title").asString()).isEqualTo(title);
        assertThat(graphql.get("description").asString())
                .isEqualTo(data.get("description").asString());
        assertThat(graphql.get("priority").get("key").asString()).isEqualTo("medium");
        assertThat(graphql.get("status").get("key").asString()).isEqualTo("new");
        assertThat(graphql.get("tags").toString()).isEqualTo("[\"export\",\"reports\"]");
        assertThat(graphql.get("requester").get("email").asString())
                .isEqualTo(customer.user().email());
        assertThat(graphql.get("customFields").toString()).contains("browser").contains("Firefox 102.0");

        JsonNode arctyk = as(customer)
                .raw("GET", "/api/tickets/" + id + "/", null)
                .expect(200)
                .json();
        assertThat(arctyk.get("title").asString()).isEqualTo(title);
        assertThat(arctyk.get("attachments").get(0).get("filename").asString()).isEqualTo("error_log.txt");

        as(agent)
                .raw("PATCH", "/api/tickets/" + id + "/", "{\"status\":\"resolved\"}")
                .expect(200);
        assertThat(as(customer).get("/tickets/" + id).data().get("status").asString())
                .isEqualTo("resolved");
    }

    private static List<String> ids(Reply reply) {
        List<String> ids = new ArrayList<>();
        reply.expect(200).data().forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }
}
