package io.polydesk.api.graphql.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Workflow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@PolydeskIntegrationTest
class TicketQueriesTest extends GraphQlTestSupport {

    private static final String TICKET = """
            query ($id: ID!) {
              ticket(id: $id) {
                id number title lockVersion tags
                status { key } priority { key }
                requester { id username } assignee { id } project { id name }
                comments { nodes { content internal author { id } } }
                commentCount
              }
            }""";

    private static final String TICKETS = """
            query ($filter: TicketFilter, $first: Int, $after: String) {
              tickets(filter: $filter, first: $first, after: $after) {
                totalCount
                edges { cursor node { id title } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Autowired
    Workflow workflow;

    @Autowired
    CustomFieldService customFields;

    @Test
    void agentReadsAnyTicketWithItsRelations() {
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        Project project = project();
        Ticket ticket = ticket(
                agent.actor(),
                CreateTicket.builder()
                        .title("Printer on fire")
                        .description("Smoke")
                        .projectId(project.id())
                        .assigneeId(agent.id())
                        .requesterId(customer.id())
                        .tags(List.of("hardware", "urgent"))
                        .build());
        comment(customer, ticket, "Please hurry", false);

        GraphQlTester.Response response =
                as(agent).document(TICKET).variable("id", id(ticket.id())).execute();

        response.path("ticket.title").entity(String.class).isEqualTo("Printer on fire");
        response.path("ticket.number").entity(String.class).isEqualTo(ticket.number());
        response.path("ticket.requester.username")
                .entity(String.class)
                .isEqualTo(customer.user().username());
        response.path("ticket.assignee.id").entity(String.class).isEqualTo(id(agent.id()));
        response.path("ticket.project.name").entity(String.class).isEqualTo(project.name());
        response.path("ticket.tags").entityList(String.class).containsExactly("hardware", "urgent");
        response.path("ticket.status.key").entity(String.class).isEqualTo(Workflow.NEW);
        response.path("ticket.priority.key").entity(String.class).isEqualTo(Workflow.DEFAULT_PRIORITY);
        response.path("ticket.comments.nodes[0].content").entity(String.class).isEqualTo("Please hurry");
        response.path("ticket.comments.nodes[0].author.id").entity(String.class).isEqualTo(id(customer.id()));
        response.path("ticket.commentCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void customerReadsTheirOwnTicket() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "My laptop");

        as(customer)
                .document(TICKET)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.title")
                .entity(String.class)
                .isEqualTo("My laptop")
                .path("ticket.assignee")
                .valueIsNull();
    }

    @Test
    void customerCannotReadAnotherCustomersTicket() {
        Ticket ticket = ticket(users.customer(), "Someone else's");

        ResponseError error = singleError(
                as(users.customer())
                        .document(TICKET)
                        .variable("id", id(ticket.id()))
                        .execute(),
                "NOT_FOUND");
        assertThat(error.getPath()).isEqualTo("ticket");
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        Ticket ticket = ticket(users.customer(), "Private");

        singleError(anonymous().document(TICKET).variable("id", id(ticket.id())).execute(), "UNAUTHORIZED");
    }

    @Test
    void unknownTicketIsNotFound() {
        singleError(
                as(users.agent()).document(TICKET).variable("id", "999999999").execute(), "NOT_FOUND");
    }

    @Test
    void nonNumericIdIsBadRequestNamingTheArgument() {
        ResponseError error = singleError(
                as(users.agent()).document(TICKET).variable("id", "abc").execute(), "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("id");
        assertThat(error.getMessage()).contains("abc");
    }

    @Test
    void customerNeverSeesInternalComments() {
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        Ticket ticket = ticket(customer, "Slow network");
        comment(agent, ticket, "We are looking into it", false);
        comment(agent, ticket, "Probably their fault", true);

        as(customer)
                .document(TICKET)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.comments.nodes[*].content")
                .entityList(String.class)
                .containsExactly("We are looking into it")
                .path("ticket.comments.nodes[*].internal")
                .entityList(Boolean.class)
                .containsExactly(false)
                .path("ticket.commentCount")
                .entity(Integer.class)
                .isEqualTo(1);
        as(agent)
                .document(TICKET)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.comments.nodes[*].content")
                .entityList(String.class)
                .containsExactly("We are looking into it", "Probably their fault")
                .path("ticket.commentCount")
                .entity(Integer.class)
                .isEqualTo(2);
    }

    @Test
    void ticketsAreFilteredByEveryCriterion() {
        Instant start = Instant.now().minus(1, ChronoUnit.MINUTES);
        String u = unique();
        TestUser agent = users.agent();
        TestUser alice = users.customer();
        TestUser bob = users.customer();
        Project project = project();
        List<Priority> priorities = workflow.priorities();
        String urgent = priorities.get(0).key();
        String calm = priorities.get(priorities.size() - 1).key();
        Ticket alpha = ticket(
                agent.actor(),
                CreateTicket.builder()
                        .title("Alpha alpha" + u)
                        .priority(urgent)
                        .projectId(project.id())
                        .assigneeId(agent.id())
                        .requesterId(alice.id())
                        .tags(List.of("red"))
                        .dueDate(LocalDate.of(2030, 1, 10))
                        .build());
        Ticket beta = ticket(
                agent.actor(),
                CreateTicket.builder()
                        .title("Beta beta" + u)
                        .priority(calm)
                        .projectId(project.id())
                        .requesterId(bob.id())
                        .tags(List.of("blue"))
                        .dueDate(LocalDate.of(2030, 2, 10))
                        .build());
        Ticket gamma = ticket(
                agent.actor(),
                CreateTicket.builder()
                        .title("Gamma gamma" + u)
                        .priority(calm)
                        .projectId(project.id())
                        .requesterId(alice.id())
                        .build());
        ticketUpdates.changeStatus(agent.actor(), gamma.id(), Workflow.OPEN, null, null);
        String p = id(project.id());
        HttpGraphQlTester tester = as(agent);

        assertTitles(tester, Map.of("projectId", p), alpha, beta, gamma);
        assertTitles(tester, Map.of("projectId", p, "status", List.of(Workflow.OPEN)), gamma);
        assertTitles(
                tester, Map.of("projectId", p, "status", List.of(Workflow.NEW, Workflow.OPEN)), alpha, beta, gamma);
        assertTitles(tester, Map.of("projectId", p, "priority", List.of(urgent)), alpha);
        assertTitles(tester, Map.of("projectId", p, "assignee", "ME"), alpha);
        assertTitles(tester, Map.of("projectId", p, "assignee", "ANY"), alpha);
        assertTitles(tester, Map.of("projectId", p, "assignee", "UNASSIGNED"), beta, gamma);
        assertTitles(tester, Map.of("projectId", p, "assigneeId", id(agent.id())), alpha);
        assertTitles(tester, Map.of("projectId", p, "requesterId", id(bob.id())), beta);
        assertTitles(tester, Map.of("projectId", p, "tag", "blue"), beta);
        assertTitles(tester, Map.of("projectId", p, "text", "beta" + u), beta);
        assertTitles(tester, Map.of("projectId", p, "dueFrom", "2030-02-01", "dueTo", "2030-02-28"), beta);
        assertTitles(tester, Map.of("projectId", p, "createdFrom", start.toString()), alpha, beta, gamma);
        assertTitles(tester, Map.of("projectId", p, "createdTo", start.toString()));
        assertTitles(
                tester,
                Map.of(
                        "projectId",
                        p,
                        "updatedFrom",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        assertTitles(tester, Map.of("projectId", p, "updatedFrom", "2000-01-01T00:00:00+02:00"), alpha, beta, gamma);
    }

    @Test
    void customerListsOnlyTheirOwnTickets() {
        TestUser alice = users.customer();
        Ticket mine = ticket(alice, "Mine " + unique());
        ticket(users.customer(), "Not mine " + unique());

        assertTitles(as(alice), Map.of(), mine);
    }

    @Test
    void walkingAllPagesReturnsEveryTicketOnce() {
        TestUser agent = users.agent();
        Project project = project();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            expected.add(id(ticket(
                            agent.actor(),
                            CreateTicket.builder()
                                    .title("Paged " + i)
                                    .projectId(project.id())
                                    .build())
                    .id()));
        }
        HttpGraphQlTester tester = as(agent);
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            GraphQlTester.Response page = tester.document(TICKETS)
                    .variable("filter", Map.of("projectId", id(project.id())))
                    .variable("first", 3)
                    .variable("after", after)
                    .execute();
            page.path("tickets.totalCount").entity(Integer.class).isEqualTo(7);
            page.path("tickets.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
            seen.addAll(page.path("tickets.edges[*].node.id")
                    .entityList(String.class)
                    .get());
            hasNext = page.path("tickets.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = page.path("tickets.pageInfo.endCursor").entity(String.class).get();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void pagesCanBeOrderedOldestFirst() {
        TestUser agent = users.agent();
        Project project = project();
        Ticket first = ticket(
                agent.actor(),
                CreateTicket.builder().title("First").projectId(project.id()).build());
        Ticket second = ticket(
                agent.actor(),
                CreateTicket.builder().title("Second").projectId(project.id()).build());

        as(agent)
                .document("""
                        query ($p: ID) { tickets(filter: {projectId: $p}, orderBy: {field: ID, direction: ASC}) {
                          edges { node { id } } } }""")
                .variable("p", id(project.id()))
                .execute()
                .path("tickets.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(first.id()), id(second.id()));
    }

    @Test
    void malformedDateTimeIsBadRequest() {
        ResponseError error = singleError(
                as(users.agent())
                        .document(TICKETS)
                        .variable("filter", Map.of("createdFrom", "yesterday"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getMessage()).contains("yesterday");
    }

    @Test
    void malformedDateLiteralIsBadRequest() {
        ResponseError error = singleError(
                as(users.agent())
                        .document("{ tickets(filter: {dueFrom: \"31/12/2030\"}) { totalCount } }")
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getMessage()).contains("31/12/2030");
    }

    @Test
    void cursorFromElsewhereIsBadRequest() {
        ResponseError error = singleError(
                as(users.agent())
                        .document(TICKETS)
                        .variable("after", "not-a-cursor")
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("after");
    }

    @Test
    void pageSizeAboveTheMaximumIsBadRequest() {
        ResponseError error = singleError(
                as(users.agent()).document(TICKETS).variable("first", 101).execute(), "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("first");
    }

    @Test
    void unknownStatusInFilterIsBadRequest() {
        ResponseError error = singleError(
                as(users.agent())
                        .document(TICKETS)
                        .variable("filter", Map.of("status", List.of("sleeping")))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("filter.status");
    }

    @Test
    void anonymousListingIsUnauthorized() {
        singleError(anonymous().document(TICKETS).execute(), "UNAUTHORIZED");
    }

    @Test
    void historyShowsEachChangeAndWhoMadeIt() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Old title");
        ticketUpdates.changeStatus(agent.actor(), ticket.id(), Workflow.OPEN, null, null);

        as(agent)
                .document("query ($id: ID!) { ticket(id: $id) { history { field fromValue toValue actor { id } } } }")
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.history[0].field")
                .entity(String.class)
                .isEqualTo("status")
                .path("ticket.history[0].fromValue")
                .entity(String.class)
                .isEqualTo(Workflow.NEW)
                .path("ticket.history[0].toValue")
                .entity(String.class)
                .isEqualTo(Workflow.OPEN)
                .path("ticket.history[0].actor.id")
                .entity(String.class)
                .isEqualTo(id(agent.id()));
    }

    @Test
    void customFieldValuesAreShownWithTheirDefinitions() {
        String key = "f_" + unique().replace('-', '_');
        CustomFieldDefinition field =
                customFields.define(users.admin().actor(), key, "Asset tag", CustomFieldType.STRING, List.of(), false);
        TestUser customer = users.customer();
        Ticket ticket = ticketCreation.create(
                customer.actor(),
                CreateTicket.builder()
                        .title("With a field")
                        .customFields(Map.of(field.key(), "AT-42"))
                        .build());

        as(customer)
                .document("query ($id: ID!) { ticket(id: $id) { customFields { key name type value } } }")
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.customFields[0].key")
                .entity(String.class)
                .isEqualTo(key)
                .path("ticket.customFields[0].name")
                .entity(String.class)
                .isEqualTo("Asset tag")
                .path("ticket.customFields[0].type")
                .entity(String.class)
                .isEqualTo("STRING")
                .path("ticket.customFields[0].value")
                .entity(String.class)
                .isEqualTo("AT-42");
    }

    private static void assertTitles(HttpGraphQlTester tester, Map<String, Object> filter, Ticket... expected) {
        GraphQlTester.Response response = tester.document(TICKETS)
                .variable("filter", filter)
                .variable("first", 100)
                .execute();
        response.path("tickets.totalCount").entity(Integer.class).isEqualTo(expected.length);
        response.path("tickets.edges").entityList(Object.class).hasSize(expected.length);
        if (expected.length > 0) {
            assertThat(response.path("tickets.edges[*].node.title")
                            .entityList(String.class)
                            .get())
                    .containsExactlyInAnyOrderElementsOf(
                            List.of(expected).stream().map(Ticket::title).toList());
        }
    }
}
