package io.polydesk.compat.bossdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.TicketCreation;
import io.polydesk.domain.workflow.Workflow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The agent side's tickets: the document's example requests, addressed by {@code friendly_id}. */
@PolydeskIntegrationTest
class BossDeskTicketsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Workflow workflow;

    private long priorityId(String key) {
        return workflow.priority(key).orElseThrow().id();
    }

    private long statusId(String key) {
        return workflow.status(key).orElseThrow().id();
    }

    private long ticketType() {
        String name = "Bug Reports " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO ticket_types (name) VALUES (?)", name);
        return jdbc.queryForObject("SELECT id FROM ticket_types WHERE name = ?", Long.class, name);
    }

    /** The document's create example, with its invalid JSON (comments, trailing commas) made valid. */
    private String createBody(String title, long typeId, long priorityId, long requesterId, long agentId) {
        return """
                {
                    "ticket": {
                        "title": "%s",
                        "description": "<p>Like the title says...</p>",
                        "type_id": %d,
                        "priority_id": %d,
                        "requester_id": %d,
                        "agent_id": %d
                    }
                }
                """.formatted(title, typeId, priorityId, requesterId, agentId);
    }

    @Test
    void createdTicketHasTheDocumentsDetailShapeAndKeepsItsHtml() {
        TestUsers users = new TestUsers(context);
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        long type = ticketType();

        BossDeskClient.Reply created = BossDeskClient.as(port, agent)
                .post(
                        "/tickets",
                        createBody(
                                "How do I turn on my computer mouse?",
                                type,
                                priorityId("high"),
                                customer.id(),
                                agent.id()))
                .expect(201);

        JsonNode t = created.json();
        assertThat(t.get("friendly_id").asLong()).isPositive();
        assertThat(t.get("title").asString()).isEqualTo("How do I turn on my computer mouse?");
        assertThat(t.get("description").asString()).isEqualTo("<p>Like the title says...</p>");
        assertThat(t.get("status").asString()).isEqualTo("incoming");
        assertThat(t.get("type").get("id").asLong()).isEqualTo(type);
        assertThat(t.get("priority").get("id").asLong()).isEqualTo(priorityId("high"));
        assertThat(t.get("priority").get("name").asString()).isEqualTo("High");
        assertThat(t.get("requester").get("id").asLong()).isEqualTo(customer.id());
        assertThat(t.get("requester").get("email").asString())
                .isEqualTo(customer.user().email());
        assertThat(t.get("requester").get("is_agent").asBoolean()).isFalse();
        assertThat(t.get("agent").get("username").asString())
                .isEqualTo(agent.user().username());
        assertThat(t.get("extended_status").get("name").asString()).isEqualTo("New");
        assertThat(t.get("lock_version").isInt()).isTrue();
        assertThat(t.get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(t.get("comments").isArray()).isTrue();
        assertThat(t.get("tasks").isArray()).isTrue();
        assertThat(t.get("time_entries").isArray()).isTrue();
        assertThat(t.get("cis").isArray()).isTrue();
        assertThat(t.has("approval_requests")).isTrue();

        JsonNode again = BossDeskClient.as(port, agent)
                .get("/tickets/" + t.get("friendly_id").asLong())
                .expect(200)
                .json();
        assertThat(again.get("id").asLong()).isEqualTo(t.get("id").asLong());
        assertThat(again.get("description").asString()).isEqualTo("<p>Like the title says...</p>");
    }

    @Test
    void ticketCreatedHereIsTheSameTicketOnGraphQl() throws Exception {
        TestUser agent = new TestUsers(context).agent();
        JsonNode t = BossDeskClient.as(port, agent)
                .post("/tickets", "{\"ticket\": {\"title\": \"Cross-surface\", \"description\": \"<b>bold</b>\"}}")
                .expect(201)
                .json();

        String query = "{\"query\":\"{ ticket(id: \\\"" + t.get("id").asLong()
                + "\\\") { number title description lockVersion priority { key } } }\"}";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", agent.basic())
                                .POST(HttpRequest.BodyPublishers.ofString(query))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode ticket =
                BossDeskClient.JSON.readTree(response.body()).get("data").get("ticket");

        assertThat(ticket.get("title").asString()).isEqualTo("Cross-surface");
        assertThat(ticket.get("description").asString()).isEqualTo("<b>bold</b>");
        assertThat(ticket.get("number").asString())
                .endsWith("-" + String.format("%03d", t.get("friendly_id").asLong()));
        assertThat(ticket.get("lockVersion").asInt())
                .isEqualTo(t.get("lock_version").asInt());
        assertThat(ticket.get("priority").get("key").asString()).isEqualTo(Workflow.DEFAULT_PRIORITY);

        JsonNode arctyk = BossDeskClient.JSON.readTree(HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/tickets/"
                                        + t.get("id").asLong() + "/"))
                                .header("Authorization", agent.basic())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(arctyk.get("title").asString()).isEqualTo("Cross-surface");
    }

    @Test
    void missingTitleIsRailsValidationAndMissingWrapperIsABadRequest() {
        BossDeskClient agent = BossDeskClient.as(port, new TestUsers(context).agent());

        BossDeskClient.Reply invalid =
                agent.post("/tickets", "{\"ticket\": {\"description\": \"x\"}}").expect(422);
        assertThat(invalid.errors("title").get(0).asString()).isEqualTo("can't be blank");

        BossDeskClient.Reply wrongTypes = agent.post(
                        "/tickets", "{\"ticket\": {\"title\": \"x\", \"priority_id\": 987654, \"type_id\": \"abc\"}}")
                .expect(422);
        assertThat(wrongTypes.errors("priority_id").get(0).asString()).isEqualTo("is invalid");
        assertThat(wrongTypes.errors("type_id").get(0).asString()).isEqualTo("is invalid");

        BossDeskClient.Reply unknownType = agent.post(
                        "/tickets", "{\"ticket\": {\"title\": \"x\", \"type_id\": 987654}}")
                .expect(422);
        assertThat(unknownType.errors("type_id").get(0).asString()).isEqualTo("is invalid");

        BossDeskClient.Reply unwrapped =
                agent.post("/tickets", "{\"title\": \"x\"}").expect(400);
        assertThat(unwrapped.errors("base").get(0).asString()).contains("ticket");

        agent.post("/tickets", "{\"ticket\": {\"title\": \"x\",}").expect(400);
    }

    @Test
    void updateIsNoContentAndAStaleLockVersionIsAConflict() {
        BossDeskClient agent = BossDeskClient.as(port, new TestUsers(context).agent());
        JsonNode t = agent.post("/tickets", "{\"ticket\": {\"title\": \"Before\"}}")
                .expect(201)
                .json();
        long friendly = t.get("friendly_id").asLong();
        int version = t.get("lock_version").asInt();

        BossDeskClient.Reply updated = agent.patch(
                        "/tickets/" + friendly,
                        "{\"ticket\": {\"title\": \"After\", \"priority_id\": %d, \"extended_status_id\": %d,"
                                        .formatted(priorityId("low"), statusId("on_hold"))
                                + " \"lock_version\": " + version + "}}")
                .expect(204);
        assertThat(updated.raw().body()).isEmpty();

        JsonNode after = agent.get("/tickets/" + friendly).expect(200).json();
        assertThat(after.get("title").asString()).isEqualTo("After");
        assertThat(after.get("priority").get("name").asString()).isEqualTo("Low");
        assertThat(after.get("extended_status").get("name").asString()).isEqualTo("On Hold");
        assertThat(after.get("lock_version").asInt()).isGreaterThan(version);

        BossDeskClient.Reply stale = agent.patch(
                        "/tickets/" + friendly,
                        "{\"ticket\": {\"title\": \"Lost\", \"lock_version\": " + version + "}}")
                .expect(409);
        assertThat(stale.errors("base").get(0).asString()).isNotBlank();

        agent.patch("/tickets/" + friendly, "{\"ticket\": {\"title\": \"Unchecked\"}}")
                .expect(204);
        assertThat(agent.get("/tickets/" + friendly)
                        .expect(200)
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Unchecked");

        BossDeskClient.Reply blank = agent.patch("/tickets/" + friendly, "{\"ticket\": {\"title\": \"\"}}")
                .expect(422);
        assertThat(blank.errors("title").get(0).asString()).isEqualTo("can't be blank");
        agent.patch("/tickets/" + friendly, "{\"title\": \"x\"}").expect(400);
        assertThat(agent.patch("/tickets/" + friendly, "{\"ticket\": {\"lock_version\": 99999999999}}")
                        .expect(422)
                        .errors("lock_version")
                        .get(0)
                        .asString())
                .isEqualTo("is invalid");
    }

    @Test
    void closeAndReopenAnswerTheTicket() {
        BossDeskClient agent = BossDeskClient.as(port, new TestUsers(context).agent());
        long friendly = agent.post("/tickets", "{\"ticket\": {\"title\": \"To close\"}}")
                .expect(201)
                .json()
                .get("friendly_id")
                .asLong();

        JsonNode closed =
                agent.patch("/tickets/" + friendly + "/close", "{}").expect(200).json();
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("closed_at").isNull()).isFalse();

        JsonNode reopened = agent.patch("/tickets/" + friendly + "/reopen", "{}")
                .expect(200)
                .json();
        assertThat(reopened.get("status").asString()).isEqualTo("open");
        assertThat(reopened.get("closed_at").isNull()).isTrue();
    }

    @Test
    void unknownOrNonNumericFriendlyIdIsNotFound() {
        BossDeskClient agent = BossDeskClient.as(port, new TestUsers(context).agent());

        assertThat(agent.get("/tickets/99999999")
                        .expect(404)
                        .errors("base")
                        .get(0)
                        .asString())
                .isEqualTo("not found");
        agent.get("/tickets/abc").expect(404);
        agent.patch("/tickets/99999999", "{\"ticket\": {\"title\": \"x\"}}").expect(404);
    }

    @Test
    void customersAreForbiddenOnTheAgentSide() {
        TestUsers users = new TestUsers(context);
        TestUser customer = users.customer();
        long friendly = BossDeskClient.as(port, users.agent())
                .post("/tickets", "{\"ticket\": {\"title\": \"Theirs\", \"requester_id\": " + customer.id() + "}}")
                .expect(201)
                .json()
                .get("friendly_id")
                .asLong();

        BossDeskClient client = BossDeskClient.as(port, customer);
        client.get("/tickets").expect(403);
        client.get("/tickets/" + friendly).expect(403);
        client.post("/tickets", "{\"ticket\": {\"title\": \"x\"}}").expect(403);
    }

    @Test
    void customFieldsAreKeyedByIdAndTyped() {
        TestUser admin = new TestUsers(context).admin();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        CustomFieldService fields = context.getBean(CustomFieldService.class);
        CustomFieldDefinition count =
                fields.define(admin.actor(), "count_" + suffix, "Count", CustomFieldType.INTEGER, List.of(), false);
        CustomFieldDefinition flag =
                fields.define(admin.actor(), "flag_" + suffix, "Flag", CustomFieldType.BOOLEAN, List.of(), false);
        BossDeskClient agent = BossDeskClient.as(port, new TestUsers(context).agent());

        JsonNode t = agent.post(
                        "/tickets",
                        "{\"ticket\": {\"title\": \"Fields\", \"custom_fields\": {\"%d\": 12, \"%d\": true}}}"
                                .formatted(count.id(), flag.id()))
                .expect(201)
                .json();

        assertThat(t.get("custom_fields").get(Long.toString(count.id())).asLong())
                .isEqualTo(12);
        assertThat(t.get("custom_fields").get(Long.toString(count.id())).isNumber())
                .isTrue();
        assertThat(t.get("custom_fields").get(Long.toString(flag.id())).isBoolean())
                .isTrue();

        agent.patch(
                        "/tickets/" + t.get("friendly_id").asLong(),
                        "{\"ticket\": {\"custom_fields\": {\"%d\": false}}}".formatted(flag.id()))
                .expect(204);
        JsonNode after = agent.get("/tickets/" + t.get("friendly_id").asLong()).json();
        assertThat(after.get("custom_fields").get(Long.toString(flag.id())).asBoolean())
                .isFalse();

        BossDeskClient.Reply bad = agent.post(
                        "/tickets",
                        "{\"ticket\": {\"title\": \"x\", \"custom_fields\": {\"%d\": \"many\", \"999999\": 1}}}"
                                .formatted(count.id()))
                .expect(422);
        assertThat(bad.errors("custom_fields").get(0).asString()).isEqualTo("is invalid");
    }

    @Test
    void listIsABareArrayPagedFifteenByDefaultAtMostThirty() {
        TestUser agent = new TestUsers(context).agent();
        BossDeskClient client = BossDeskClient.as(port, agent);
        for (int i = 0; i < 32; i++) {
            client.post("/tickets", "{\"ticket\": {\"title\": \"Paging " + i + "\"}}")
                    .expect(201);
        }

        JsonNode first = client.get("/tickets").expect(200).json();
        assertThat(first.isArray()).isTrue();
        assertThat(first.size()).isEqualTo(15);
        assertThat(first.get(0).has("friendly_id")).isTrue();
        assertThat(first.get(0).get("requester").has("username")).isTrue();
        assertThat(client.get("/tickets?per_page=100").json().size()).isEqualTo(30);
        assertThat(client.get("/tickets?per_page=0").json().size()).isEqualTo(1);
        assertThat(client.get("/tickets?per_page=abc").json().size()).isEqualTo(15);
        JsonNode second = client.get("/tickets?page=2&per_page=5").json();
        assertThat(second.size()).isEqualTo(5);
        assertThat(second.get(0).get("id").asLong())
                .isNotEqualTo(client.get("/tickets?per_page=5")
                        .json()
                        .get(0)
                        .get("id")
                        .asLong());
        assertThat(client.get("/tickets?page=100000").json().isEmpty()).isTrue();
    }

    @Test
    void ransackFiltersSortsAndOrCombines() {
        TestUsers users = new TestUsers(context);
        TestUser agent = users.agent();
        TestUser requester = users.customer();
        BossDeskClient client = BossDeskClient.as(port, agent);
        String tag = "rk" + UUID.randomUUID().toString().substring(0, 6);
        List<Long> ids = new ArrayList<>();
        for (String priority : List.of("low", "high", "critical")) {
            ids.add(client.post(
                            "/tickets",
                            ("{\"ticket\": {\"title\": \"%s %s\", \"priority_id\": %d, \"requester_id\": %d}}")
                                    .formatted(tag, priority, priorityId(priority), requester.id()))
                    .expect(201)
                    .json()
                    .get("id")
                    .asLong());
        }
        String mine = "q[requester_id_eq]=" + requester.id();

        JsonNode high = client.get("/tickets?" + mine + "&q[priority_id_eq]=" + priorityId("high"))
                .json();
        assertThat(high).hasSize(1);
        assertThat(high.get(0).get("id").asLong()).isEqualTo(ids.get(1));

        JsonNode sorted =
                client.get("/tickets?" + mine + "&q[s]=priority_level%20desc").json();
        assertThat(sorted.get(0).get("id").asLong()).isEqualTo(ids.get(2));
        assertThat(sorted.get(2).get("id").asLong()).isEqualTo(ids.get(0));
        JsonNode oldest =
                client.get("/tickets?" + mine + "&q[s]=created_at%20asc").json();
        assertThat(oldest.get(0).get("id").asLong()).isEqualTo(ids.get(0));

        JsonNode in = client.get("/tickets?" + mine + "&q[priority_id_in][]=" + priorityId("low")
                        + "&q[priority_id_in][]=" + priorityId("critical"))
                .json();
        assertThat(in).hasSize(2);

        JsonNode ignored = client.get("/tickets?" + mine + "&q[nonsense_eq]=1&q[title_cont]=zzz")
                .json();
        assertThat(ignored).hasSize(3);

        JsonNode text = client.get("/tickets?q[title_or_description_cont]=" + tag + "%20high")
                .json();
        assertThat(text).hasSize(1);

        JsonNode incoming = client.get("/tickets?" + mine + "&q[status_eq]=incoming&q[agent_id_null]=1")
                .json();
        assertThat(incoming).hasSize(3);
        assertThat(client.get("/tickets?" + mine + "&q[status_eq]=closed").json())
                .isEmpty();

        JsonNode either = client.get("/tickets?q[m]=or&q[title_or_description_cont]=" + tag
                        + "%20low&q[priority_id_eq]=" + priorityId("critical") + "&q[requester_id_eq]=0")
                .json();
        assertThat(either).extracting(n -> n.get("id").asLong()).contains(ids.get(0), ids.get(2));
        assertThat(either).extracting(n -> n.get("id").asLong()).doesNotContain(ids.get(1));
    }

    @Test
    void tagsAreSetByIdAndFilterTheList() {
        TestUser agent = new TestUsers(context).agent();
        String name = "email-" + UUID.randomUUID().toString().substring(0, 6);
        context.getBean(TicketCreation.class)
                .create(
                        agent.actor(),
                        CreateTicket.builder()
                                .title("Seeds a tag")
                                .tags(List.of(name))
                                .build());
        BossDeskClient client = BossDeskClient.as(port, agent);
        long tagId = 0;
        for (JsonNode tag : client.get("/tags").expect(200).json()) {
            if (tag.get("name").asString().equals(name)) {
                tagId = tag.get("id").asLong();
            }
        }
        assertThat(tagId).isPositive();

        JsonNode t = client.post("/tickets", "{\"ticket\": {\"title\": \"Tagged\", \"tag_ids\": [" + tagId + "]}}")
                .expect(201)
                .json();
        assertThat(t.get("tags").get(0).get("name").asString()).isEqualTo(name);
        assertThat(client.get("/tickets?q[tags_name_eq]=" + name).json()).hasSize(2);

        long friendly = t.get("friendly_id").asLong();
        client.patch("/tickets/" + friendly, "{\"ticket\": {\"tag_ids\": []}}").expect(204);
        assertThat(client.get("/tickets/" + friendly).json().get("tags")).isEmpty();
        assertThat(client.patch("/tickets/" + friendly, "{\"ticket\": {\"tag_ids\": [987654321]}}")
                        .expect(422)
                        .errors("tag_ids")
                        .get(0)
                        .asString())
                .isEqualTo("is invalid");
    }
}
