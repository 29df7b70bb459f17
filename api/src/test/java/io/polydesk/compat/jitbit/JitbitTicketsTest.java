package io.polydesk.compat.jitbit;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.project.ProjectService;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The ticket methods over HTTP, called as Jitbit's clients call them: forms, query strings and JSON. */
@PolydeskIntegrationTest
class JitbitTicketsTest {

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
                .create(admin.actor(), "IT " + UUID.randomUUID(), "Jitbit category")
                .id();
    }

    private JitbitClient as(TestUser user) {
        return JitbitClient.as(port, user);
    }

    private long create(TestUser user, String subject) {
        return as(user).form(
                        "/api/ticket",
                        "categoryId",
                        Long.toString(category),
                        "body",
                        "Details of " + subject,
                        "subject",
                        subject,
                        "priorityId",
                        "1")
                .expect(200)
                .id();
    }

    @Test
    void createAnswersTheBareNewIdAndTheDetailShowsTheTicket() {
        JitbitClient.Reply reply = as(customer)
                .form(
                        "/api/ticket",
                        "categoryId",
                        Long.toString(category),
                        "body",
                        "<p>My printer is on fire</p>",
                        "subject",
                        "Printer",
                        "priorityId",
                        "2",
                        "tags",
                        "printer, fire");
        long id = reply.expect(200).id();
        assertThat(reply.json().isIntegralNumber()).isTrue();

        JsonNode detail = as(customer).get("/api/ticket?id=" + id).expect(200).json();
        assertThat(detail.get("TicketID").asLong()).isEqualTo(id);
        assertThat(detail.get("IssueID").asLong()).isEqualTo(id);
        assertThat(detail.get("Subject").asString()).isEqualTo("Printer");
        assertThat(detail.get("Body").asString()).isEqualTo("<p>My printer is on fire</p>");
        assertThat(detail.get("Priority").asInt()).isEqualTo(2);
        assertThat(detail.get("StatusID").asInt()).isEqualTo(1);
        assertThat(detail.get("Status").asString()).isEqualTo("New");
        assertThat(detail.get("CategoryID").asLong()).isEqualTo(category);
        assertThat(detail.get("UserID").asLong()).isEqualTo(customer.id());
        assertThat(detail.get("SubmitterUserInfo").get("UserID").asLong()).isEqualTo(customer.id());
        assertThat(detail.get("AssignedToUserID").isNull()).isTrue();
        assertThat(detail.get("Tags")).extracting(t -> t.get("Name").asString()).containsExactly("fire", "printer");
        assertThat(detail.get("IssueDate").asString()).endsWith("Z");
        assertThat(detail.has("Comments")).isFalse();
    }

    @Test
    void theIdWorksAsAPathSegmentAndInAnyCase() {
        long id = create(customer, "Path id");

        assertThat(as(customer)
                        .get("/api/Ticket/" + id)
                        .expect(200)
                        .json()
                        .get("TicketID")
                        .asLong())
                .isEqualTo(id);
        assertThat(as(customer)
                        .get("/API/TICKET?ID=" + id)
                        .expect(200)
                        .json()
                        .get("TicketID")
                        .asLong())
                .isEqualTo(id);
    }

    @Test
    void createTakesAQueryStringPostAndAJsonBody() {
        long fromQuery = as(agent)
                .postQuery(
                        "/api/Ticket?CategoryID=" + category + "&Body=From%20PHP&Subject=Query%20string&PriorityID=-1")
                .expect(200)
                .id();
        JsonNode detail =
                as(agent).get("/api/Ticket?id=" + fromQuery).expect(200).json();
        assertThat(detail.get("Subject").asString()).isEqualTo("Query string");
        assertThat(detail.get("Priority").asInt()).isEqualTo(-1);

        long fromJson = as(agent)
                .json(
                        "/api/ticket",
                        "{\"categoryId\":" + category + ",\"body\":\"From JS\",\"subject\":\"JSON\",\"priorityId\":0}")
                .expect(200)
                .id();
        assertThat(as(agent)
                        .get("/api/Ticket?id=" + fromJson)
                        .expect(200)
                        .json()
                        .get("Priority")
                        .asInt())
                .isZero();
    }

    @Test
    void createNamesEveryMissingOrMalformedParameter() {
        String message =
                as(agent).form("/api/ticket", "priorityId", "7").expect(400).text();

        assertThat(message)
                .contains("categoryId")
                .contains("body")
                .contains("subject")
                .contains("priorityId");
        assertThat(as(agent)
                        .form("/api/ticket", "categoryId", "abc", "body", "b", "subject", "s")
                        .expect(400)
                        .text())
                .contains("categoryId");
    }

    @Test
    void anUnknownTicketIs404AndAMissingIdIs400() {
        assertThat(as(agent).get("/api/Ticket?id=987654321").expect(404).text()).contains("987654321");
        assertThat(as(agent).get("/api/Ticket").expect(400).text()).contains("id");
    }

    @Test
    void customersSeeOnlyTheirOwnTickets() {
        long own = create(customer, "Mine");
        TestUser other = new TestUsers(context).customer();
        long theirs = create(other, "Theirs");

        as(customer).get("/api/Ticket?id=" + theirs).expect(404);
        JsonNode list = as(customer).get("/api/Tickets?count=300").expect(200).json();
        assertThat(list)
                .extracting(t -> t.get("IssueID").asLong())
                .contains(own)
                .doesNotContain(theirs);
    }

    @Test
    void listPagesWithCountAndOffsetAndDefaultsToTen() {
        TestUser requester = new TestUsers(context).customer();
        for (int i = 0; i < 12; i++) {
            create(requester, "Paged " + i);
        }
        String filter = "/api/Tickets?fromUserId=" + requester.id();

        JsonNode first = as(agent).get(filter).expect(200).json();
        assertThat(first).hasSize(10);
        JsonNode rest =
                as(agent).get(filter + "&count=10&offset=10").expect(200).json();
        assertThat(rest).hasSize(2);
        assertThat(rest.get(0).get("Subject").asString()).isEqualTo("Paged 1");
        assertThat(as(agent).get(filter + "&count=5000").expect(200).json()).hasSize(12);
        assertThat(as(agent).get(filter + "&count=abc").expect(400).text()).contains("count");

        JsonNode row = first.get(0);
        assertThat(row.get("Subject").asString()).isEqualTo("Paged 11");
        assertThat(row.get("UserID").asLong()).isEqualTo(requester.id());
        assertThat(row.get("Email").asString()).isEqualTo(requester.user().email());
        assertThat(row.get("CategoryID").asLong()).isEqualTo(category);
        assertThat(row.get("StatusID").asInt()).isEqualTo(1);
        assertThat(row.get("Priority").asInt()).isEqualTo(1);
        assertThat(row.has("CustomFields")).isFalse();
    }

    @Test
    void listFiltersByStatusAssigneeModeAndDate() {
        TestUser requester = new TestUsers(context).customer();
        long open = create(requester, "Open one");
        long closed = create(requester, "Closed one");
        as(agent).get("/api/Close?id=" + closed).expect(200);
        as(agent).form("/api/UpdateTicket", "id", Long.toString(open), "assignedUserId", Long.toString(agent.id()));
        String filter = "/api/Tickets?fromUserId=" + requester.id();

        assertThat(as(agent).get(filter + "&statusId=3").expect(200).json())
                .extracting(t -> t.get("IssueID").asLong())
                .containsExactly(closed);
        assertThat(as(agent).get(filter + "&mode=unclosed").expect(200).json())
                .extracting(t -> t.get("IssueID").asLong())
                .containsExactly(open);
        assertThat(as(agent)
                        .get(filter + "&handledByUserID=" + agent.id())
                        .expect(200)
                        .json())
                .extracting(t -> t.get("IssueID").asLong())
                .containsExactly(open);
        assertThat(as(agent).get(filter + "&mode=handledbyme").expect(200).json())
                .extracting(t -> t.get("IssueID").asLong())
                .containsExactly(open);
        assertThat(as(agent)
                        .get(filter + "&dateFrom=2000-01-01&dateTo=2000-01-02")
                        .expect(200)
                        .json())
                .isEmpty();
        assertThat(as(agent).get(filter + "&mode=sometimes").expect(400).text()).contains("mode");
        assertThat(as(agent).get(filter + "&dateFrom=yesterday").expect(400).text())
                .contains("dateFrom");
        assertThat(as(agent)
                        .form("/api/Tickets", "fromUserId", Long.toString(requester.id()), "statusId", "1")
                        .expect(200)
                        .json())
                .extracting(t -> t.get("IssueID").asLong())
                .containsExactly(open);
    }

    private long createIn(long categoryId, TestUser user, String subject) {
        return as(user).form("/api/ticket", "categoryId", Long.toString(categoryId), "body", "b", "subject", subject)
                .expect(200)
                .id();
    }

    private static java.util.List<Long> ids(JsonNode page) {
        return page.valueStream().map(t -> t.get("IssueID").asLong()).toList();
    }

    @Test
    void listFiltersBySeveralCategoriesInTheQuery() {
        TestUser requester = new TestUsers(context).customer();
        long second = context.getBean(ProjectService.class)
                .create(admin.actor(), "Second " + UUID.randomUUID(), null)
                .id();
        long third = context.getBean(ProjectService.class)
                .create(admin.actor(), "Third " + UUID.randomUUID(), null)
                .id();
        long a = createIn(category, requester, "In the first");
        long b = createIn(second, requester, "In the second");
        createIn(third, requester, "In the third");
        String filter = "/api/Tickets?fromUserId=" + requester.id();

        assertThat(ids(as(agent)
                        .get(filter + "&categoryId=" + category + "&categoryId=" + second)
                        .expect(200)
                        .json()))
                .containsExactly(b, a);
        assertThat(ids(as(agent)
                        .get(filter + "&CATEGORYID=" + category + "," + second)
                        .expect(200)
                        .json()))
                .containsExactly(b, a);
        assertThat(ids(as(agent)
                        .get(filter + "&categoryid=" + second)
                        .expect(200)
                        .json()))
                .containsExactly(b);
        // The filter is in the query: count and offset page the matching rows only.
        assertThat(ids(as(agent)
                        .get(filter + "&categoryId=" + category + "," + second + "&count=1&offset=1")
                        .expect(200)
                        .json()))
                .containsExactly(a);
        assertThat(as(agent).get(filter + "&categoryId=first").expect(400).text())
                .contains("categoryId");
    }

    @Test
    void subscribedOnlyListsTheTicketsTheCallerSubscribesTo() {
        TestUser requester = new TestUsers(context).customer();
        long a = create(requester, "Followed first");
        long b = create(requester, "Not followed");
        long c = create(requester, "Followed second");
        for (long id : new long[] {a, c}) {
            as(agent)
                    .form("/api/AddSubscriber", "id", Long.toString(id), "userId", Long.toString(agent.id()))
                    .expect(200);
        }
        String filter = "/api/Tickets?fromUserId=" + requester.id();

        assertThat(ids(as(agent)
                        .get(filter + "&subscribedOnly=true")
                        .expect(200)
                        .json()))
                .containsExactly(c, a);
        assertThat(ids(as(agent)
                        .get(filter + "&subscribedOnly=true&count=1&offset=1")
                        .expect(200)
                        .json()))
                .containsExactly(a);
        assertThat(ids(as(agent)
                        .get(filter + "&subscribedonly=false")
                        .expect(200)
                        .json()))
                .containsExactly(c, b, a);
        assertThat(ids(as(agent)
                        .form("/api/Tickets", "fromUserId", Long.toString(requester.id()), "SubscribedOnly", "true")
                        .expect(200)
                        .json()))
                .containsExactly(c, a);
        // Another agent follows none of them; the requester neither.
        assertThat(as(new TestUsers(context).agent())
                        .get(filter + "&subscribedOnly=true")
                        .expect(200)
                        .json())
                .isEmpty();
        assertThat(as(requester)
                        .get("/api/Tickets?subscribedOnly=true")
                        .expect(200)
                        .json())
                .isEmpty();
        assertThat(as(agent)
                        .get(filter + "&subscribedOnly=sometimes")
                        .expect(400)
                        .text())
                .contains("subscribedOnly");
    }

    @Test
    void updateTicketUnassignsWithZeroReplacesTagsAndChangesStatus() {
        long id = create(customer, "To update");
        as(agent)
                .form(
                        "/api/UpdateTicket",
                        "id",
                        Long.toString(id),
                        "assignedUserId",
                        Long.toString(agent.id()),
                        "tags",
                        "a,b",
                        "statusId",
                        "2",
                        "priority",
                        "-1",
                        "dueDate",
                        "2030-01-31",
                        "subject",
                        "Updated subject")
                .expect(200);
        JsonNode detail = as(agent).get("/api/Ticket?id=" + id).expect(200).json();
        assertThat(detail.get("AssignedToUserID").asLong()).isEqualTo(agent.id());
        assertThat(detail.get("AssigneeUserInfo").get("UserID").asLong()).isEqualTo(agent.id());
        assertThat(detail.get("StatusID").asInt()).isEqualTo(2);
        assertThat(detail.get("Status").asString()).isEqualTo("In process");
        assertThat(detail.get("Priority").asInt()).isEqualTo(-1);
        assertThat(detail.get("DueDate").asString()).startsWith("2030-01-31");
        assertThat(detail.get("Subject").asString()).isEqualTo("Updated subject");

        as(agent)
                .form("/api/UpdateTicket", "id", Long.toString(id), "assignedUserId", "0", "tags", "c")
                .expect(200);
        detail = as(agent).get("/api/Ticket?id=" + id).expect(200).json();
        assertThat(detail.get("AssignedToUserID").isNull()).isTrue();
        assertThat(detail.get("Tags")).extracting(t -> t.get("Name").asString()).containsExactly("c");
    }

    @Test
    void updateTicketRefusesBadInputAndCustomersChangingTheWorkflow() {
        long id = create(customer, "Guarded");
        assertThat(as(agent)
                        .form("/api/UpdateTicket", "id", Long.toString(id), "statusId", "999999")
                        .expect(400)
                        .text())
                .contains("statusId");
        assertThat(as(agent)
                        .form("/api/UpdateTicket", "statusId", "1")
                        .expect(400)
                        .text())
                .contains("id");
        as(customer)
                .form("/api/UpdateTicket", "id", Long.toString(id), "assignedUserId", Long.toString(agent.id()))
                .expect(403);
        as(agent).form("/api/UpdateTicket", "id", "987654321", "subject", "x").expect(404);
    }

    @Test
    void closeAndDeleteTicket() {
        long id = create(customer, "Done soon");
        as(customer).get("/api/Close?id=" + id).expect(403);
        as(agent).get("/api/Close?id=" + id + "&suppressNotification=true").expect(200);
        assertThat(as(agent)
                        .get("/api/Ticket?id=" + id)
                        .expect(200)
                        .json()
                        .get("StatusID")
                        .asInt())
                .isEqualTo(3);
        // Closing twice is harmless, and a POST does the same; bad input is named.
        as(agent).form("/api/close", "id", Long.toString(id)).expect(200);
        assertThat(as(agent)
                        .get("/api/Close?id=" + id + "&suppressNotification=perhaps")
                        .expect(400)
                        .text())
                .contains("suppressNotification");
        as(agent).get("/api/Close?id=987654321").expect(404);

        as(customer).form("/api/deleteTicket", "id", Long.toString(id)).expect(403);
        as(agent).form("/api/deleteTicket", "id", Long.toString(id)).expect(200);
        as(agent).get("/api/Ticket?id=" + id).expect(404);
    }

    @Test
    void aTicketCreatedHereIsTheSameTicketOnArctyk() {
        long id = create(agent, "Seen everywhere");

        JsonNode arctyk = as(agent).get("/api/tickets/" + id + "/").expect(200).json();
        assertThat(arctyk.get("id").asLong()).isEqualTo(id);
        assertThat(arctyk.get("title").asString()).isEqualTo("Seen everywhere");
        assertThat(arctyk.get("description").asString()).isEqualTo("Details of Seen everywhere");
        assertThat(arctyk.get("priority").asString()).isEqualTo("high");
        assertThat(arctyk.get("status").asString()).isEqualTo("new");
        assertThat(arctyk.get("project").get("id").asLong()).isEqualTo(category);
    }

    @Test
    void aTicketCreatedHereIsTheSameTicketOnGraphql() {
        long id = as(agent)
                .form(
                        "/api/ticket",
                        "categoryId",
                        Long.toString(category),
                        "body",
                        "From a script",
                        "subject",
                        "In GraphiQL",
                        "priorityId",
                        "2",
                        "tags",
                        "script")
                .expect(200)
                .id();

        JsonNode ticket = as(agent)
                .json(
                        "/graphql",
                        "{\"query\":\"{ ticket(id: \\\"" + id
                                + "\\\") { title description status { key } priority { key } project { id } tags } }\"}")
                .expect(200)
                .json()
                .get("data")
                .get("ticket");
        assertThat(ticket.get("title").asString()).isEqualTo("In GraphiQL");
        assertThat(ticket.get("description").asString()).isEqualTo("From a script");
        assertThat(ticket.get("status").get("key").asString()).isEqualTo("new");
        assertThat(ticket.get("priority").get("key").asString()).isEqualTo("critical");
        assertThat(ticket.get("project").get("id").asLong()).isEqualTo(category);
        assertThat(ticket.get("tags")).extracting(JsonNode::asString).containsExactly("script");
    }
}
