package io.polydesk.compat.jitbit;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.project.ProjectService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Custom fields, Stats, merges, links and sub-tickets over HTTP. */
@PolydeskIntegrationTest
class JitbitTicketWorkTest {

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
                .create(admin.actor(), "Work " + UUID.randomUUID(), null)
                .id();
    }

    private JitbitClient as(TestUser user) {
        return JitbitClient.as(port, user);
    }

    private long create(TestUser user, String subject) {
        return as(user).form("/api/ticket", "categoryId", Long.toString(category), "body", "b", "subject", subject)
                .expect(200)
                .id();
    }

    @Test
    void customFieldsAreSetByIdAndOptionAndListed() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        CustomFieldService fields = context.getBean(CustomFieldService.class);
        long dropdown = fields.define(
                        admin.actor(),
                        "os_" + suffix,
                        "OS " + suffix,
                        CustomFieldType.DROPDOWN,
                        List.of("Linux", "Windows"),
                        false)
                .id();
        long text = fields.define(
                        admin.actor(), "serial_" + suffix, "Serial " + suffix, CustomFieldType.STRING, List.of(), false)
                .id();
        long ticket = create(customer, "With fields");

        as(agent)
                .form(
                        "/api/SetCustomField",
                        "ticketId",
                        Long.toString(ticket),
                        "fieldId",
                        Long.toString(dropdown),
                        "value",
                        "2")
                .expect(200);
        as(agent)
                .form("/api/SetCustomFields", "ticketId", Long.toString(ticket), "cf" + text, "SN-1")
                .expect(200);

        JsonNode values = as(customer)
                .get("/api/TicketCustomFields?id=" + ticket)
                .expect(200)
                .json();
        JsonNode os = find(values, dropdown);
        assertThat(os.get("Value").asString()).isEqualTo("Windows");
        assertThat(os.get("OptionID").asInt()).isEqualTo(2);
        assertThat(os.get("Type").asInt()).isEqualTo(3);
        assertThat(find(values, text).get("Value").asString()).isEqualTo("SN-1");
        assertThat(find(values, text).get("Type").asInt()).isEqualTo(1);

        JsonNode rows = as(agent)
                .get("/api/Tickets?fromUserId=" + customer.id() + "&includeCustomFields=true")
                .expect(200)
                .json();
        assertThat(find(rows.get(0).get("CustomFields"), text).get("Value").asString())
                .isEqualTo("SN-1");
        assertThat(as(agent)
                        .form("/api/SetCustomFields", "ticketId", Long.toString(ticket), "cf987654321", "x")
                        .expect(400)
                        .text())
                .contains("987654321");
        assertThat(as(agent)
                        .form("/api/SetCustomField", "fieldId", "1")
                        .expect(400)
                        .text())
                .contains("ticketId");
    }

    private static JsonNode find(JsonNode values, long fieldId) {
        for (JsonNode value : values) {
            if (value.get("FieldID").asLong() == fieldId) {
                return value;
            }
        }
        throw new AssertionError("no field " + fieldId + " in " + values);
    }

    @Test
    void statsCountTheCallersTickets() {
        long open = create(customer, "Open");
        long closed = create(customer, "Closed");
        as(agent).get("/api/Close?id=" + closed).expect(200);

        JsonNode stats = as(customer).get("/api/Stats").expect(200).json();
        assertThat(stats.get("TotalTickets").asLong()).isEqualTo(2);
        assertThat(stats.get("Closed").asLong()).isEqualTo(1);
        assertThat(stats.get("NewTickets").asLong()).isEqualTo(1);
        assertThat(stats.get("Unclosed").asLong()).isEqualTo(1);
        assertThat(stats.get("Unassigned").asLong()).isEqualTo(1);
        assertThat(stats.get("InProcess").asLong()).isZero();
        assertThat(stats.get("Unanswered").asLong()).isEqualTo(1);
        assertThat(open).isNotEqualTo(closed);
    }

    @Test
    void mergeLinkAndSubTickets() {
        long primary = create(customer, "Primary");
        long duplicate = create(customer, "Duplicate");
        long child = create(customer, "Child");

        as(customer)
                .form("/api/MergeTickets", "id", Long.toString(primary), "id2", Long.toString(duplicate))
                .expect(403);
        as(agent)
                .form("/api/MergeTickets", "id", Long.toString(primary), "id2", Long.toString(duplicate))
                .expect(200);
        assertThat(as(agent)
                        .get("/api/Ticket?id=" + duplicate)
                        .expect(200)
                        .json()
                        .get("Status")
                        .asString())
                .isEqualTo("Duplicate");

        as(agent)
                .form("/api/AddSubTicket", "parentId", Long.toString(primary), "childId", Long.toString(child))
                .expect(200);
        assertThat(as(agent)
                        .get("/api/Tickets?fromUserId=" + customer.id())
                        .expect(200)
                        .json())
                .filteredOn(t -> t.get("IssueID").asLong() == primary)
                .extracting(t -> t.get("HasChildren").asBoolean())
                .containsExactly(true);
        as(agent)
                .form("/api/RemoveSubTicket", "parentId", Long.toString(primary), "childId", Long.toString(child))
                .expect(200);

        as(agent)
                .form("/api/LinkTickets", "id", Long.toString(primary), "id2", Long.toString(child))
                .expect(200);
        as(agent)
                .form("/api/UnlinkTickets", "id", Long.toString(primary), "id2", Long.toString(child))
                .expect(200);
        assertThat(as(agent)
                        .form("/api/LinkTickets", "id", Long.toString(primary))
                        .expect(400)
                        .text())
                .contains("id2");
        as(agent)
                .form("/api/LinkTickets", "id", Long.toString(primary), "id2", "987654321")
                .expect(404);
    }

    @Test
    void subscribersAreAddedListedAndRemovedByStaff() {
        long ticket = create(customer, "Followed");

        as(agent)
                .form("/api/AddSubscriber", "id", Long.toString(ticket), "userId", Long.toString(agent.id()))
                .expect(200);
        as(agent)
                .form("/api/AddSubscriber", "id", Long.toString(ticket), "userId", Long.toString(agent.id()))
                .expect(200);
        as(agent)
                .form("/api/AddSubscriber", "id", Long.toString(ticket), "userId", Long.toString(customer.id()))
                .expect(200);
        assertThat(as(agent).get("/api/Subscribers?id=" + ticket).expect(200).json())
                .extracting(u -> u.get("UserID").asLong())
                .containsExactly(agent.id(), customer.id());

        as(agent)
                .form("/api/RemoveSubscriber", "id", Long.toString(ticket), "userId", Long.toString(agent.id()))
                .expect(200);
        assertThat(as(agent).get("/api/Subscribers?id=" + ticket).expect(200).json())
                .extracting(u -> u.get("UserID").asLong())
                .containsExactly(customer.id());
        as(customer).get("/api/Subscribers?id=" + ticket).expect(403);
        as(agent)
                .form("/api/AddSubscriber", "id", Long.toString(ticket), "userId", "987654321")
                .expect(404);
        assertThat(as(agent)
                        .form("/api/AddSubscriber", "id", Long.toString(ticket))
                        .expect(400)
                        .text())
                .contains("userId");
    }
}
