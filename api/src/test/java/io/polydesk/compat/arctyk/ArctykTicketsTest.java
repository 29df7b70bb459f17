package io.polydesk.compat.arctyk;

import static io.polydesk.compat.arctyk.ArctykClient.quote;
import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.compat.arctyk.ArctykClient.Reply;
import io.polydesk.domain.ticket.TicketUpdates;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The Arctyk ticket endpoints over HTTP, with the document's example bodies and shapes. */
@PolydeskIntegrationTest
class ArctykTicketsTest {

    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private TestUsers users;
    private TestUser admin;
    private TestUser agent;
    private TestUser customer;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
        admin = users.admin();
        agent = users.agent();
        customer = users.customer();
    }

    private ArctykClient as(TestUser user) {
        return ArctykClient.as(port, user);
    }

    private long project() {
        return as(admin)
                .post(
                        "/api/projects/",
                        "{\"name\":\"Platform " + UUID.randomUUID() + "\",\"description\":\"Main platform project\"}")
                .expect(201)
                .json()
                .get("id")
                .asLong();
    }

    private JsonNode create(TestUser user, String body) {
        return as(user).post("/api/tickets/", body).expect(201).json();
    }

    private long ticket(TestUser user, String title) {
        return create(user, "{\"title\":" + quote(title) + ",\"description\":\"Created via REST API\"}")
                .get("id")
                .asLong();
    }

    @Test
    void createAnswersTheDocumentedSubset() {
        long project = project();
        JsonNode created = create(
                agent,
                "{\"title\":\"New support request\",\"description\":"
                        + "\"Detailed description of the issue\",\"priority\":\"medium\",\"project\":" + project
                        + ",\"assigned_to\":" + agent.id() + "}");

        assertThat(created.propertyNames())
                .containsExactlyInAnyOrder("id", "ticket_number", "title", "status", "priority", "created_at");
        assertThat(created.get("ticket_number").asString()).matches("TKT-\\d{3,}");
        assertThat(created.get("title").asString()).isEqualTo("New support request");
        assertThat(created.get("status").asString()).isEqualTo("new");
        assertThat(created.get("priority").asString()).isEqualTo("medium");
        assertThat(created.get("created_at").asString()).matches(TIMESTAMP);
    }

    @Test
    void detailHasTheDocumentedShape() {
        long project = project();
        long id = create(
                        agent,
                        "{\"title\":\"Unable to login\",\"description\":\"Users cannot access the system\","
                                + "\"priority\":\"high\",\"project\":" + project + ",\"assigned_to\":" + agent.id()
                                + ",\"due_date\":\"2026-01-10\"}")
                .get("id")
                .asLong();

        JsonNode detail = as(agent).get("/api/tickets/" + id + "/").expect(200).json();

        assertThat(detail.propertyNames())
                .containsExactly(
                        "id",
                        "ticket_number",
                        "title",
                        "description",
                        "status",
                        "status_category",
                        "priority",
                        "requester",
                        "assigned_to",
                        "project",
                        "created_at",
                        "updated_at",
                        "due_date",
                        "comments_count",
                        "attachments");
        assertThat(detail.get("id").asLong()).isEqualTo(id);
        assertThat(detail.get("description").asString()).isEqualTo("Users cannot access the system");
        assertThat(detail.get("status").asString()).isEqualTo("new");
        assertThat(detail.get("status_category").asString()).isEqualTo("todo");
        assertThat(detail.get("priority").asString()).isEqualTo("high");
        JsonNode requester = detail.get("requester");
        assertThat(requester.propertyNames()).containsExactly("id", "username", "full_name");
        assertThat(requester.get("id").asLong()).isEqualTo(agent.id());
        assertThat(requester.get("username").asString()).isEqualTo(agent.user().email());
        assertThat(requester.get("full_name").asString()).isEqualTo(agent.user().fullName());
        assertThat(detail.get("assigned_to").get("id").asLong()).isEqualTo(agent.id());
        assertThat(detail.get("project").get("id").asLong()).isEqualTo(project);
        assertThat(detail.get("project").get("name").asString()).startsWith("Platform ");
        assertThat(detail.get("project").propertyNames()).containsExactly("id", "name");
        assertThat(detail.get("created_at").asString()).matches(TIMESTAMP);
        assertThat(detail.get("updated_at").asString()).matches(TIMESTAMP);
        assertThat(detail.get("due_date").asString()).isEqualTo("2026-01-10");
        assertThat(detail.get("comments_count").asLong()).isZero();
        assertThat(detail.get("attachments").isArray()).isTrue();
        assertThat(detail.get("attachments")).isEmpty();
    }

    @Test
    void detailOfAnUnassignedTicketWithoutProjectHasNulls() {
        long id = ticket(customer, "No project");
        JsonNode detail = as(customer).get("/api/tickets/" + id).expect(200).json();
        assertThat(detail.get("assigned_to").isNull()).isTrue();
        assertThat(detail.get("project").isNull()).isTrue();
        assertThat(detail.get("due_date").isNull()).isTrue();
    }

    @Test
    void commentsCountOnlyCountsWhatTheCallerMaySee() {
        long id = ticket(customer, "Counting comments");
        as(agent)
                .post("/api/tickets/" + id + "/comments/", "{\"content\":\"Public\"}")
                .expect(201);
        as(agent)
                .post("/api/tickets/" + id + "/comments/", "{\"content\":\"Internal\",\"comment_type\":\"internal\"}")
                .expect(201);

        assertThat(as(agent)
                        .get("/api/tickets/" + id + "/")
                        .json()
                        .get("comments_count")
                        .asLong())
                .isEqualTo(2);
        assertThat(as(customer)
                        .get("/api/tickets/" + id + "/")
                        .json()
                        .get("comments_count")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void listItemsHaveTheDocumentedShapeWithPeopleAsEmails() {
        String title = "Unable to login " + UUID.randomUUID();
        long id = create(
                        customer,
                        "{\"title\":" + quote(title) + ",\"description\":\"Users cannot access the system\","
                                + "\"priority\":\"high\"}")
                .get("id")
                .asLong();
        as(agent)
                .patch("/api/tickets/" + id + "/", "{\"assigned_to\":" + agent.id() + "}")
                .expect(200);

        JsonNode page = as(customer).get("/api/tickets/").expect(200).json();

        assertThat(page.propertyNames()).containsExactly("count", "next", "previous", "results");
        assertThat(page.get("count").asLong()).isEqualTo(1);
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(page.get("previous").isNull()).isTrue();
        JsonNode item = page.get("results").get(0);
        assertThat(item.propertyNames())
                .containsExactly(
                        "id",
                        "ticket_number",
                        "title",
                        "description",
                        "status",
                        "priority",
                        "requester",
                        "assigned_to",
                        "created_at",
                        "updated_at");
        assertThat(item.get("id").asLong()).isEqualTo(id);
        assertThat(item.get("title").asString()).isEqualTo(title);
        assertThat(item.get("status").asString()).isEqualTo("new");
        assertThat(item.get("priority").asString()).isEqualTo("high");
        assertThat(item.get("requester").asString()).isEqualTo(customer.user().email());
        // A customer sees who works on their ticket, not how to reach them outside it; staff see the address.
        assertThat(item.get("assigned_to").asString()).isEqualTo(agent.user().username());
        assertThat(item.get("created_at").asString()).matches(TIMESTAMP);
        assertThat(item.get("updated_at").asString()).matches(TIMESTAMP);
        JsonNode staffView =
                as(agent).get("/api/tickets/" + id + "/").expect(200).json();
        assertThat(staffView.get("assigned_to").get("username").asString())
                .isEqualTo(agent.user().email());
    }

    @Test
    void listPagesWithRelativeLinksKeepingTheOtherParameters() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(ticket(customer, "Paged " + i));
        }
        ArctykClient client = as(customer);

        JsonNode first =
                client.get("/api/tickets/?limit=2&priority=medium").expect(200).json();
        assertThat(first.get("count").asLong()).isEqualTo(5);
        assertThat(first.get("previous").isNull()).isTrue();
        assertThat(first.get("next").asString()).isEqualTo("/api/tickets/?limit=2&priority=medium&page=2");
        assertThat(first.get("results")).extracting(n -> n.get("id").asLong()).containsExactly(ids.get(4), ids.get(3));

        JsonNode second = client.get(first.get("next").asString()).expect(200).json();
        assertThat(second.get("previous").asString()).isEqualTo("/api/tickets/?limit=2&priority=medium");
        assertThat(second.get("next").asString()).isEqualTo("/api/tickets/?limit=2&priority=medium&page=3");
        assertThat(second.get("results")).extracting(n -> n.get("id").asLong()).containsExactly(ids.get(2), ids.get(1));

        JsonNode third = client.get(second.get("next").asString()).expect(200).json();
        assertThat(third.get("next").isNull()).isTrue();
        assertThat(third.get("previous").asString()).isEqualTo("/api/tickets/?limit=2&priority=medium&page=2");
        assertThat(third.get("results")).extracting(n -> n.get("id").asLong()).containsExactly(ids.get(0));
    }

    @Test
    void pagePastTheEndIsNotFoundAndBadPagingIsABadRequest() {
        ticket(customer, "Only one");
        ArctykClient client = as(customer);

        Reply past = client.get("/api/tickets/?page=2").expect(404);
        assertThat(past.json().get("detail").asString()).isEqualTo("Invalid page.");
        assertThat(client.get("/api/tickets/?page=abc")
                        .expect(400)
                        .json()
                        .get("page")
                        .get(0)
                        .asString())
                .contains("integer");
        assertThat(client.get("/api/tickets/?page=0").expect(400).json().has("page"))
                .isTrue();
        assertThat(client.get("/api/tickets/?limit=x").expect(400).json().has("limit"))
                .isTrue();
        assertThat(client.get("/api/tickets/?limit=0").expect(400).json().has("limit"))
                .isTrue();
    }

    @Test
    void limitDefaultsToTwentyAndIsCappedAtOneHundred() {
        for (int i = 0; i < 21; i++) {
            ticket(customer, "Many " + i);
        }
        JsonNode byDefault = as(customer).get("/api/tickets/").expect(200).json();
        assertThat(byDefault.get("results")).hasSize(20);
        assertThat(byDefault.get("next").asString()).isEqualTo("/api/tickets/?page=2");

        JsonNode capped = as(admin).get("/api/tickets/?limit=1000").expect(200).json();
        assertThat(capped.get("results").size()).isLessThanOrEqualTo(100);
        assertThat(capped.get("count").asLong()).isGreaterThanOrEqualTo(21);
        if (capped.get("count").asLong() > 100) {
            assertThat(capped.get("results")).hasSize(100);
            assertThat(capped.get("next").asString()).isEqualTo("/api/tickets/?limit=1000&page=2");
        }
    }

    @Test
    void filtersByStatusPriorityAndText() {
        long high = create(customer, "{\"title\":\"The printer is on fire\",\"priority\":\"high\"}")
                .get("id")
                .asLong();
        long opened = ticket(customer, "Cannot print");
        long other = ticket(customer, "Something else");
        as(agent).patch("/api/tickets/" + opened + "/", "{\"status\":\"open\"}").expect(200);
        String number = as(customer)
                .get("/api/tickets/" + other + "/")
                .json()
                .get("ticket_number")
                .asString();
        ArctykClient client = as(customer);

        assertThat(ids(client.get("/api/tickets/?status=open"))).containsExactly(opened);
        assertThat(ids(client.get("/api/tickets/?priority=high"))).containsExactly(high);
        assertThat(ids(client.get("/api/tickets/?q=print"))).containsExactlyInAnyOrder(high, opened);
        assertThat(ids(client.get("/api/tickets/?q=" + number))).containsExactly(other);
        assertThat(ids(client.get("/api/tickets/?status=new&priority=high"))).containsExactly(high);
        assertThat(ids(client.get("/api/tickets/?status=&priority="))).hasSize(3);
    }

    @Test
    void filtersByAssignee() {
        TestUser mine = users.agent();
        TestUser theirs = users.agent();
        long toMine = ticket(customer, "For me");
        long toTheirs = ticket(customer, "For them");
        long nobody = ticket(customer, "For nobody");
        as(admin)
                .patch("/api/tickets/" + toMine + "/", "{\"assigned_to\":" + mine.id() + "}")
                .expect(200);
        as(admin)
                .patch("/api/tickets/" + toTheirs + "/", "{\"assigned_to\":" + theirs.id() + "}")
                .expect(200);

        assertThat(ids(as(mine).get("/api/tickets/?assigned=me"))).containsExactly(toMine);
        assertThat(ids(as(admin).get("/api/tickets/?assigned=" + theirs.id()))).containsExactly(toTheirs);
        assertThat(ids(as(customer).get("/api/tickets/?assigned=any"))).containsExactlyInAnyOrder(toMine, toTheirs);
        assertThat(ids(as(customer).get("/api/tickets/"))).contains(nobody);
        Reply bad = as(customer).get("/api/tickets/?assigned=somebody").expect(400);
        assertThat(bad.json().get("assigned").get(0).asString()).contains("somebody");
    }

    @Test
    void unknownStatusOrPriorityFilterIsABadRequest() {
        assertThat(as(agent)
                        .get("/api/tickets/?status=nonsense")
                        .expect(400)
                        .json()
                        .has("status"))
                .isTrue();
        assertThat(as(agent)
                        .get("/api/tickets/?priority=nonsense")
                        .expect(400)
                        .json()
                        .has("priority"))
                .isTrue();
    }

    @Test
    void customerNeverSeesAnotherCustomersTickets() {
        TestUser other = users.customer();
        long theirs = ticket(other, "Private matter");
        long mine = ticket(customer, "My matter");

        assertThat(ids(as(customer).get("/api/tickets/"))).containsExactly(mine);
        Reply detail = as(customer).get("/api/tickets/" + theirs + "/").expect(404);
        assertThat(detail.json().propertyNames()).containsExactly("detail");
        as(customer)
                .patch("/api/tickets/" + theirs + "/", "{\"title\":\"Mine now\"}")
                .expect(404);
        as(customer).get("/api/tickets/" + theirs + "/comments/").expect(404);
    }

    @Test
    void patchChangesFieldsAndAnswersTheDocumentedSubset() {
        long project = project();
        long id = ticket(customer, "Unable to login");

        JsonNode updated = as(agent)
                .patch(
                        "/api/tickets/" + id + "/",
                        "{\"status\":\"open\",\"priority\":\"high\","
                                + "\"project\":" + project + ",\"assigned_to\":" + agent.id()
                                + ",\"due_date\":\"2026-02-01\","
                                + "\"description\":\"More detail\",\"unknown_field\":42}")
                .expect(200)
                .json();

        assertThat(updated.propertyNames())
                .containsExactly("id", "ticket_number", "title", "status", "priority", "updated_at");
        assertThat(updated.get("status").asString()).isEqualTo("open");
        assertThat(updated.get("priority").asString()).isEqualTo("high");
        assertThat(updated.get("updated_at").asString()).matches(TIMESTAMP);
        JsonNode detail = as(agent).get("/api/tickets/" + id + "/").json();
        assertThat(detail.get("project").get("id").asLong()).isEqualTo(project);
        assertThat(detail.get("assigned_to").get("id").asLong()).isEqualTo(agent.id());
        assertThat(detail.get("due_date").asString()).isEqualTo("2026-02-01");
        assertThat(detail.get("description").asString()).isEqualTo("More detail");
        assertThat(detail.get("title").asString()).isEqualTo("Unable to login");
    }

    @Test
    void patchWithNullUnassignsAndClearsWhileAbsentFieldsStay() {
        long project = project();
        long id = create(
                        agent,
                        "{\"title\":\"Assigned\",\"project\":" + project + ",\"assigned_to\":" + agent.id()
                                + ",\"due_date\":\"2026-03-01\"}")
                .get("id")
                .asLong();

        as(agent)
                .patch("/api/tickets/" + id, "{\"assigned_to\":null,\"due_date\":null}")
                .expect(200);

        JsonNode detail = as(agent).get("/api/tickets/" + id).json();
        assertThat(detail.get("assigned_to").isNull()).isTrue();
        assertThat(detail.get("due_date").isNull()).isTrue();
        assertThat(detail.get("project").get("id").asLong()).isEqualTo(project);
    }

    @Test
    void closingATicketPutsItInTheDoneCategory() {
        long id = ticket(customer, "Done soon");
        as(agent).patch("/api/tickets/" + id + "/", "{\"status\":\"closed\"}").expect(200);
        JsonNode detail = as(agent).get("/api/tickets/" + id + "/").json();
        assertThat(detail.get("status").asString()).isEqualTo("closed");
        assertThat(detail.get("status_category").asString()).isEqualTo("done");
    }

    @Test
    void statusesOfOtherDialectsShowAsArctyksOwnWords() {
        long id = ticket(customer, "Folded");
        context.getBean(TicketUpdates.class).changeStatus(agent.actor(), id, "assigned", null, null);

        JsonNode detail =
                as(customer).get("/api/tickets/" + id + "/").expect(200).json();
        assertThat(detail.get("status").asString()).isEqualTo("in_progress");
        assertThat(detail.get("status_category").asString()).isEqualTo("in_progress");
        assertThat(ids(as(customer).get("/api/tickets/?status=in_progress"))).containsExactly(id);

        Reply foreign = as(agent)
                .patch("/api/tickets/" + id + "/", "{\"status\":\"assigned\"}")
                .expect(400);
        assertThat(foreign.json().get("status").get(0).asString()).contains("assigned");
        as(agent).get("/api/tickets/?status=assigned").expect(400);
    }

    @Test
    void validationErrorsUseArctykFieldNames() {
        Reply blank = as(agent)
                .post("/api/tickets/", "{\"title\":\"  \",\"priority\":\"high\"}")
                .expect(400);
        assertThat(blank.json().get("title").isArray()).isTrue();
        assertThat(blank.json().get("title").get(0).asString()).isNotBlank();

        Reply priority = as(agent)
                .post("/api/tickets/", "{\"title\":\"T\",\"priority\":\"galactic\"}")
                .expect(400);
        assertThat(priority.json().has("priority")).isTrue();

        Reply missing =
                as(agent).post("/api/tickets/", "{\"priority\":\"high\"}").expect(400);
        assertThat(missing.json().has("title")).isTrue();

        Reply assignee = as(agent)
                .post("/api/tickets/", "{\"title\":\"T\",\"assigned_to\":999999999}")
                .expect(400);
        assertThat(assignee.json().has("assigned_to")).isTrue();

        Reply project = as(agent)
                .post("/api/tickets/", "{\"title\":\"T\",\"project\":999999999}")
                .expect(400);
        assertThat(project.json().has("project")).isTrue();

        long id = ticket(customer, "Valid");
        Reply status = as(agent)
                .patch("/api/tickets/" + id + "/", "{\"status\":\"sideways\"}")
                .expect(400);
        assertThat(status.json().has("status")).isTrue();
        Reply title =
                as(agent).patch("/api/tickets/" + id + "/", "{\"title\":null}").expect(400);
        assertThat(title.json().has("title")).isTrue();
    }

    @Test
    void wrongJsonTypesAreBadRequestsNamingTheField() {
        Reply project = as(agent)
                .post("/api/tickets/", "{\"title\":\"T\",\"project\":\"abc\"}")
                .expect(400);
        assertThat(project.json().get("project").get(0).asString()).contains("Incorrect type");

        Reply title =
                as(agent).post("/api/tickets/", "{\"title\":{\"text\":\"T\"}}").expect(400);
        assertThat(title.json().get("title").get(0).asString()).isEqualTo("Not a valid string.");

        Reply dueDate = as(agent)
                .post("/api/tickets/", "{\"title\":\"T\",\"due_date\":\"10/01/2026\"}")
                .expect(400);
        assertThat(dueDate.json().get("due_date").get(0).asString()).contains("YYYY-MM-DD");

        Reply several = as(agent)
                .post("/api/tickets/", "{\"title\":[1],\"assigned_to\":true}")
                .expect(400);
        assertThat(several.json().propertyNames()).containsExactlyInAnyOrder("title", "assigned_to");

        Reply array = as(agent).post("/api/tickets/", "[{\"title\":\"T\"}]").expect(400);
        assertThat(array.json().get("non_field_errors").get(0).asString()).contains("list");
    }

    @Test
    void numbersForTextAndNumericStringsForIdsAreAcceptedAsInDrf() {
        long project = project();
        JsonNode created = create(agent, "{\"title\":5,\"project\":\"" + project + "\"}");
        assertThat(created.get("title").asString()).isEqualTo("5");
        JsonNode detail = as(agent)
                .get("/api/tickets/" + created.get("id").asLong() + "/")
                .json();
        assertThat(detail.get("project").get("id").asLong()).isEqualTo(project);
    }

    @Test
    void malformedJsonIsABadRequest() {
        Reply reply =
                as(agent).post("/api/tickets/", "{\"title\": \"unterminated").expect(400);
        assertThat(reply.json().get("detail").asString()).startsWith("JSON parse error");
        long id = ticket(customer, "Target");
        as(agent).patch("/api/tickets/" + id + "/", "{title: nope}").expect(400);
        as(agent).patch("/api/tickets/" + id + "/", "").expect(400);
    }

    @Test
    void customersCannotAssignButMayCreateTheirOwnTickets() {
        Reply reply = as(customer)
                .post("/api/tickets/", "{\"title\":\"T\",\"assigned_to\":" + agent.id() + "}")
                .expect(403);
        assertThat(reply.json().propertyNames()).containsExactly("detail");
        JsonNode created = create(
                customer,
                "{\"title\":\"API Created Ticket\",\"description\":\"Created via REST API\","
                        + "\"priority\":\"high\"}");
        assertThat(created.get("priority").asString()).isEqualTo("high");
        long id = created.get("id").asLong();
        as(customer)
                .patch("/api/tickets/" + id + "/", "{\"status\":\"closed\"}")
                .expect(403);
        as(customer)
                .patch("/api/tickets/" + id + "/", "{\"title\":\"Better title\"}")
                .expect(200);
    }

    @Test
    void deleteArchivesTheTicket() {
        long id = ticket(customer, "Short lived");

        Reply forbidden = as(customer).delete("/api/tickets/" + id + "/").expect(403);
        assertThat(forbidden.json().get("detail").asString()).isNotBlank();

        Reply deleted = as(agent).delete("/api/tickets/" + id + "/").expect(204);
        assertThat(deleted.raw().body()).isEmpty();
        as(agent).get("/api/tickets/" + id + "/").expect(404);
        as(customer).get("/api/tickets/" + id + "/").expect(404);
        assertThat(ids(as(customer).get("/api/tickets/"))).doesNotContain(id);
        as(agent).delete("/api/tickets/" + id + "/").expect(404);
    }

    @Test
    void unknownTicketIsNotFoundAndBadIdsAreBadRequests() {
        Reply missing = as(agent).get("/api/tickets/999999999/").expect(404);
        assertThat(missing.json().propertyNames()).containsExactly("detail");
        as(agent).patch("/api/tickets/999999999/", "{\"title\":\"x\"}").expect(404);
        as(agent).delete("/api/tickets/999999999/").expect(404);

        Reply bad = as(agent).get("/api/tickets/abc/").expect(400);
        assertThat(bad.json().get("detail").asString()).contains("abc");
        as(agent).get("/api/tickets/99999999999999999999999/").expect(400);
    }

    @Test
    void everyPathAnswersWithAndWithoutTheTrailingSlash() {
        long id = ticket(customer, "Slashes");
        ArctykClient client = as(customer);
        client.get("/api/tickets").expect(200);
        client.get("/api/tickets/").expect(200);
        client.get("/api/tickets/" + id).expect(200);
        client.get("/api/tickets/" + id + "/").expect(200);
        client.get("/api/tickets/" + id + "/comments").expect(200);
        client.get("/api/tickets/" + id + "/comments/").expect(200);
        client.get("/api/projects").expect(200);
        client.get("/api/projects/").expect(200);
        client.post("/api/tickets", "{\"title\":\"No slash\"}").expect(201);
    }

    private static List<Long> ids(Reply reply) {
        reply.expect(200);
        List<Long> ids = new ArrayList<>();
        reply.json().get("results").forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
