package io.polydesk.api.graphql.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.graphql.node.GlobalId;
import io.polydesk.api.graphql.node.GraphQlVersion;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@PolydeskIntegrationTest
class TicketBulkUpdatesTest extends GraphQlTestSupport {

    private static final String BULK = """
            mutation ($ids: [ID!]!, $input: UpdateTicketsInput!) {
              updateTickets(ids: $ids, input: $input) {
                tickets { id status { key } priority { key } assignee { id } tags }
                userErrors { field message code }
              }
            }""";

    private static final String ADD_TAGS = """
            mutation ($input: TicketTagsInput!) {
              addTicketTags(input: $input) { ticket { tags } userErrors { code } }
            }""";

    private static final String REMOVE_TAGS = """
            mutation ($input: TicketTagsInput!) {
              removeTicketTags(input: $input) { ticket { tags } userErrors { code } }
            }""";

    @Autowired
    TicketQueries queries;

    private HttpGraphQlTester v2(TestUser user) {
        return as(user).mutate().header(GraphQlVersion.HEADER, "2").build();
    }

    private static String global(long id) {
        return new GlobalId("Ticket", id).encoded();
    }

    private Ticket tagged(TestUser staff, String title) {
        return ticket(
                staff.actor(),
                CreateTicket.builder()
                        .title(title)
                        .description("x")
                        .tags(List.of("old", "keep"))
                        .build());
    }

    @Test
    void eachTicketIsCheckedAndWrittenOnItsOwn() {
        TestUser agent = users.agent();
        Ticket first = tagged(agent, "Bulk one " + unique());
        Ticket closed = tagged(agent, "Bulk closed " + unique());
        ticketUpdates.changeStatus(agent.actor(), closed.id(), "closed", null, null);
        int closedVersion = queries.get(agent.actor(), closed.id()).lockVersion();
        Ticket last = tagged(agent, "Bulk last " + unique());

        GraphQlTester.Response response = v2(agent)
                .document(BULK)
                .variable(
                        "ids", List.of(global(first.id()), global(closed.id()), global(last.id()), global(999_999_999)))
                .variable(
                        "input",
                        Map.of(
                                "status", "in_progress",
                                "priority", "high",
                                "assigneeId", new GlobalId("User", agent.id()).encoded(),
                                "addTags", List.of("bulk"),
                                "removeTags", List.of("old")))
                .execute();

        response.path("updateTickets.tickets[*].id")
                .entityList(String.class)
                .containsExactly(global(first.id()), global(last.id()));
        response.path("updateTickets.tickets[*].status.key")
                .entityList(String.class)
                .containsExactly("in_progress", "in_progress");
        response.path("updateTickets.tickets[0].tags").entityList(String.class).containsExactly("bulk", "keep");
        response.path("updateTickets.userErrors[*].code")
                .entityList(String.class)
                .containsExactly("INVALID", "NOT_FOUND");
        response.path("updateTickets.userErrors[0].field")
                .entityList(String.class)
                .containsExactly("ids", "1");
        response.path("updateTickets.userErrors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("cannot move from closed"));
        response.path("updateTickets.userErrors[1].field")
                .entityList(String.class)
                .containsExactly("ids", "3");

        assertThat(queries.get(agent.actor(), closed.id()).lockVersion()).isEqualTo(closedVersion);
        assertThat(queries.get(agent.actor(), last.id()).assigneeId()).isEqualTo(agent.id());
    }

    @Test
    void aCustomerMayNotBulkUpdateEvenTheirOwnTickets() {
        TestUser customer = users.customer();
        Ticket mine = ticket(customer, "Mine " + unique());

        GraphQlTester.Response v2 = v2(customer)
                .document(BULK)
                .variable("ids", List.of(id(mine.id())))
                .variable("input", Map.of("priority", "high"))
                .execute();
        v2.path("updateTickets.tickets").valueIsNull();
        v2.path("updateTickets.userErrors[0].code").entity(String.class).isEqualTo("FORBIDDEN");

        singleError(
                as(customer)
                        .document(BULK)
                        .variable("ids", List.of(id(mine.id())))
                        .variable("input", Map.of("priority", "high"))
                        .execute(),
                "FORBIDDEN");
        assertThat(queries.get(customer.actor(), mine.id()).lockVersion()).isEqualTo(mine.lockVersion());
        singleError(
                anonymous()
                        .document(BULK)
                        .variable("ids", List.of(id(mine.id())))
                        .variable("input", Map.of("priority", "high"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void tooManyTicketsAnEmptyChangeAndBadIdsRefuseTheWholeRequest() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Whole " + unique());

        v2(agent)
                .document(BULK)
                .variable("ids", Collections.nCopies(101, id(ticket.id())))
                .variable("input", Map.of("priority", "high"))
                .execute()
                .path("updateTickets.userErrors[0].field")
                .entityList(String.class)
                .containsExactly("ids");
        v2(agent)
                .document(BULK)
                .variable("ids", List.of(id(ticket.id())))
                .variable("input", Map.of())
                .execute()
                .path("updateTickets.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("INVALID");
        v2(agent)
                .document(BULK)
                .variable("ids", List.of(id(ticket.id()), new GlobalId("User", agent.id()).encoded()))
                .variable("input", Map.of("priority", "high"))
                .execute()
                .path("updateTickets.userErrors[0].field")
                .entityList(String.class)
                .containsExactly("ids", "1");
        assertThat(queries.get(agent.actor(), ticket.id()).lockVersion()).isEqualTo(ticket.lockVersion());
    }

    @Test
    void tagsAreAddedAndRemovedOnOneTicketByStaffOnly() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        Ticket ticket = tagged(agent, "Tags " + unique());

        v2(agent)
                .document(ADD_TAGS)
                .variable("input", Map.of("ticketId", global(ticket.id()), "tags", List.of("new", " keep ")))
                .execute()
                .path("addTicketTags.ticket.tags")
                .entityList(String.class)
                .containsExactly("keep", "new", "old");
        v2(agent)
                .document(REMOVE_TAGS)
                .variable("input", Map.of("ticketId", id(ticket.id()), "tags", List.of("old", "absent")))
                .execute()
                .path("removeTicketTags.ticket.tags")
                .entityList(String.class)
                .containsExactly("keep", "new");

        Ticket own = ticket(customer, "Own " + unique());
        v2(customer)
                .document(ADD_TAGS)
                .variable("input", Map.of("ticketId", id(own.id()), "tags", List.of("mine")))
                .execute()
                .path("addTicketTags.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("FORBIDDEN");
        v2(agent)
                .document(ADD_TAGS)
                .variable("input", Map.of("ticketId", id(ticket.id()), "tags", List.of(" ")))
                .execute()
                .path("addTicketTags.userErrors[0].code")
                .entity(String.class)
                .isEqualTo("INVALID");
    }
}
