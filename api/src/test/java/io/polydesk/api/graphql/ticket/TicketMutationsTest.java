package io.polydesk.api.graphql.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.workflow.Workflow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

@PolydeskIntegrationTest
class TicketMutationsTest extends GraphQlTestSupport {

    private static final String CREATE = """
            mutation ($input: CreateTicketInput!) {
              createTicket(input: $input) {
                ticket { id number title description tags dueDate lockVersion priority { key }
                         requester { id } assignee { id } project { id } status { key } source }
              }
            }""";

    private static final String UPDATE = """
            mutation ($input: UpdateTicketInput!) {
              updateTicket(input: $input) {
                ticket { id title description tags dueDate lockVersion status { key } priority { key } }
              }
            }""";

    private static final String ASSIGN = """
            mutation ($input: AssignTicketInput!) {
              assignTicket(input: $input) { ticket { lockVersion assignee { id } } }
            }""";

    private static final String CHANGE_STATUS = """
            mutation ($input: ChangeTicketStatusInput!) {
              changeTicketStatus(input: $input) { ticket { lockVersion resolution status { key } closedAt } }
            }""";

    private static final String DELETE = """
            mutation ($input: DeleteTicketInput!) { deleteTicket(input: $input) { id } }""";

    private static final String ARCHIVE = """
            mutation ($input: ArchiveTicketInput!) { archiveTicket(input: $input) { id userErrors { code } } }""";

    @Autowired
    TicketQueries ticketQueries;

    @Test
    void customerCreatesATicketForThemselves() {
        TestUser customer = users.customer();

        as(customer)
                .document(CREATE)
                .variable(
                        "input",
                        Map.of(
                                "title",
                                "VPN down",
                                "description",
                                "Since Monday",
                                "tags",
                                List.of("network"),
                                "dueDate",
                                "2030-05-01"))
                .execute()
                .path("createTicket.ticket.title")
                .entity(String.class)
                .isEqualTo("VPN down")
                .path("createTicket.ticket.requester.id")
                .entity(String.class)
                .isEqualTo(id(customer.id()))
                .path("createTicket.ticket.tags")
                .entityList(String.class)
                .containsExactly("network")
                .path("createTicket.ticket.dueDate")
                .entity(String.class)
                .isEqualTo("2030-05-01")
                .path("createTicket.ticket.status.key")
                .entity(String.class)
                .isEqualTo(Workflow.NEW)
                .path("createTicket.ticket.source")
                .entity(String.class)
                .isEqualTo("api")
                .path("createTicket.ticket.lockVersion")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void agentCreatesAnAssignedTicketForACustomer() {
        TestUser agent = users.agent();
        TestUser customer = users.customer();
        Project project = project();

        as(agent)
                .document(CREATE)
                .variable(
                        "input",
                        Map.of(
                                "title",
                                "Phone broken",
                                "requesterId",
                                id(customer.id()),
                                "assigneeId",
                                id(agent.id()),
                                "projectId",
                                id(project.id()),
                                "source",
                                "phone"))
                .execute()
                .path("createTicket.ticket.requester.id")
                .entity(String.class)
                .isEqualTo(id(customer.id()))
                .path("createTicket.ticket.assignee.id")
                .entity(String.class)
                .isEqualTo(id(agent.id()))
                .path("createTicket.ticket.project.id")
                .entity(String.class)
                .isEqualTo(id(project.id()))
                .path("createTicket.ticket.source")
                .entity(String.class)
                .isEqualTo("phone");
    }

    @Test
    void anonymousCannotCreateTickets() {
        singleError(
                anonymous()
                        .document(CREATE)
                        .variable("input", Map.of("title", "x"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void customerCannotAssignWhileCreating() {
        TestUser customer = users.customer();
        singleError(
                as(customer)
                        .document(CREATE)
                        .variable(
                                "input",
                                Map.of(
                                        "title",
                                        "Assign me",
                                        "assigneeId",
                                        id(users.agent().id())))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void invalidTicketIsBadRequestWithEveryFieldNamed() {
        Map<String, Object> input = new HashMap<>();
        input.put("title", " ");
        input.put("source", "carrier-pigeon");
        ResponseError error = singleError(
                as(users.agent()).document(CREATE).variable("input", input).execute(), "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactlyInAnyOrder("input.title", "input.source");
    }

    @Test
    void unknownPriorityAndProjectAreBadRequest() {
        ResponseError error = singleError(
                as(users.agent())
                        .document(CREATE)
                        .variable("input", Map.of("title", "t", "priority", "apocalyptic", "projectId", "999999999"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactlyInAnyOrder("input.priority", "input.projectId");
    }

    @Test
    void nonNumericIdInInputIsBadRequestNamingTheField() {
        ResponseError error = singleError(
                as(users.agent())
                        .document(CREATE)
                        .variable("input", Map.of("title", "t", "projectId", "project-7"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.projectId");
    }

    @Test
    void updateChangesOnlyTheFieldsGivenAndNullClears() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(
                agent.actor(),
                CreateTicket.builder()
                        .title("Keep me")
                        .description("Clear me")
                        .tags(List.of("a"))
                        .dueDate(java.time.LocalDate.of(2030, 1, 1))
                        .build());
        Map<String, Object> input = new HashMap<>();
        input.put("id", id(ticket.id()));
        input.put("lockVersion", ticket.lockVersion());
        input.put("description", null);
        input.put("dueDate", null);
        input.put("tags", List.of("b", "c"));

        as(agent)
                .document(UPDATE)
                .variable("input", input)
                .execute()
                .path("updateTicket.ticket.title")
                .entity(String.class)
                .isEqualTo("Keep me")
                .path("updateTicket.ticket.description")
                .valueIsNull()
                .path("updateTicket.ticket.dueDate")
                .valueIsNull()
                .path("updateTicket.ticket.tags")
                .entityList(String.class)
                .containsExactly("b", "c")
                .path("updateTicket.ticket.lockVersion")
                .entity(Integer.class)
                .isEqualTo(ticket.lockVersion() + 1);
    }

    @Test
    void staleLockVersionIsAConflict() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Contended");
        ticketUpdates.changeStatus(agent.actor(), ticket.id(), Workflow.OPEN, null, null);

        ResponseError error = singleError(
                as(agent)
                        .document(UPDATE)
                        .variable(
                                "input",
                                Map.of(
                                        "id",
                                        id(ticket.id()),
                                        "lockVersion",
                                        ticket.lockVersion(),
                                        "title",
                                        "Lost update"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "CONFLICT");
        assertThat(ticketQueries.get(agent.actor(), ticket.id()).title()).isEqualTo("Contended");
    }

    @Test
    void customerCannotChangeStaffFields() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mine");
        singleError(
                as(customer)
                        .document(UPDATE)
                        .variable(
                                "input",
                                Map.of(
                                        "id",
                                        id(ticket.id()),
                                        "lockVersion",
                                        ticket.lockVersion(),
                                        "status",
                                        Workflow.CLOSED))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void customerCannotUpdateAnotherCustomersTicket() {
        Ticket ticket = ticket(users.customer(), "Not yours");
        singleError(
                as(users.customer())
                        .document(UPDATE)
                        .variable("input", Map.of("id", id(ticket.id()), "lockVersion", 0, "title", "Mine now"))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void updatingAnUnknownTicketIsNotFound() {
        singleError(
                as(users.agent())
                        .document(UPDATE)
                        .variable("input", Map.of("id", "999999999", "lockVersion", 0, "title", "x"))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void blankTitleOnUpdateIsBadRequest() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Titled");
        ResponseError error = singleError(
                as(agent)
                        .document(UPDATE)
                        .variable("input", Map.of("id", id(ticket.id()), "lockVersion", 0, "title", ""))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.title");
    }

    @Test
    void anonymousCannotUpdate() {
        singleError(
                anonymous()
                        .document(UPDATE)
                        .variable("input", Map.of("id", "1", "lockVersion", 0, "title", "x"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void agentAssignsAndUnassigns() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Assign me");

        as(agent)
                .document(ASSIGN)
                .variable("input", Map.of("id", id(ticket.id()), "assigneeId", id(agent.id())))
                .execute()
                .path("assignTicket.ticket.assignee.id")
                .entity(String.class)
                .isEqualTo(id(agent.id()));
        Map<String, Object> unassign = new HashMap<>();
        unassign.put("id", id(ticket.id()));
        unassign.put("assigneeId", null);
        as(agent)
                .document(ASSIGN)
                .variable("input", unassign)
                .execute()
                .path("assignTicket.ticket.assignee")
                .valueIsNull();
    }

    @Test
    void customerCannotAssign() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mine");
        singleError(
                as(customer)
                        .document(ASSIGN)
                        .variable(
                                "input",
                                Map.of(
                                        "id",
                                        id(ticket.id()),
                                        "assigneeId",
                                        id(users.agent().id())))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void assigningToACustomerIsBadRequest() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mine");
        ResponseError error = singleError(
                as(users.agent())
                        .document(ASSIGN)
                        .variable("input", Map.of("id", id(ticket.id()), "assigneeId", id(customer.id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.assigneeId");
    }

    @Test
    void assignWithStaleVersionIsAConflict() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Busy");
        ticketUpdates.changeStatus(agent.actor(), ticket.id(), Workflow.OPEN, null, null);
        ResponseError error = singleError(
                as(agent)
                        .document(ASSIGN)
                        .variable(
                                "input", Map.of("id", id(ticket.id()), "assigneeId", id(agent.id()), "lockVersion", 0))
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "CONFLICT");
    }

    @Test
    void anonymousCannotAssign() {
        singleError(
                anonymous()
                        .document(ASSIGN)
                        .variable("input", Map.of("id", "1"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void agentChangesStatusWithResolution() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Fix me");
        String done = doneStatus();

        as(agent)
                .document(CHANGE_STATUS)
                .variable(
                        "input",
                        Map.of(
                                "id",
                                id(ticket.id()),
                                "status",
                                done,
                                "resolution",
                                "Rebooted",
                                "lockVersion",
                                ticket.lockVersion()))
                .execute()
                .path("changeTicketStatus.ticket.status.key")
                .entity(String.class)
                .isEqualTo(done)
                .path("changeTicketStatus.ticket.resolution")
                .entity(String.class)
                .isEqualTo("Rebooted")
                .path("changeTicketStatus.ticket.closedAt")
                .hasValue();
    }

    @Test
    void unknownStatusIsBadRequest() {
        Ticket ticket = ticket(users.customer(), "Status");
        ResponseError error = singleError(
                as(users.agent())
                        .document(CHANGE_STATUS)
                        .variable("input", Map.of("id", id(ticket.id()), "status", "sleeping"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.status");
    }

    @Test
    void customerCannotChangeStatus() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mine");
        singleError(
                as(customer)
                        .document(CHANGE_STATUS)
                        .variable("input", Map.of("id", id(ticket.id()), "status", Workflow.OPEN))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void changingStatusOfAnUnknownTicketIsNotFound() {
        singleError(
                as(users.agent())
                        .document(CHANGE_STATUS)
                        .variable("input", Map.of("id", "999999999", "status", Workflow.OPEN))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void anonymousCannotChangeStatus() {
        singleError(
                anonymous()
                        .document(CHANGE_STATUS)
                        .variable("input", Map.of("id", "1", "status", Workflow.OPEN))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void agentDeletesATicketWhichThenIsGone() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Delete me");

        as(agent)
                .document(DELETE)
                .variable("input", Map.of("id", id(ticket.id())))
                .execute()
                .path("deleteTicket.id")
                .entity(String.class)
                .isEqualTo(id(ticket.id()));
        singleError(
                as(agent)
                        .document("query ($id: ID!) { ticket(id: $id) { id } }")
                        .variable("id", id(ticket.id()))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void agentArchivesATicketWhichThenIsGone() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Archive me");

        as(agent)
                .document(ARCHIVE)
                .variable("input", Map.of("id", id(ticket.id()), "lockVersion", ticket.lockVersion()))
                .execute()
                .path("archiveTicket.id")
                .entity(String.class)
                .isEqualTo(id(ticket.id()))
                .path("archiveTicket.userErrors")
                .entityList(Object.class)
                .hasSize(0);
        singleError(
                as(agent)
                        .document("query ($id: ID!) { ticket(id: $id) { id } }")
                        .variable("id", id(ticket.id()))
                        .execute(),
                "NOT_FOUND");
        singleError(
                as(agent)
                        .document(ARCHIVE)
                        .variable("input", Map.of("id", id(ticket.id())))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void customerCannotDelete() {
        TestUser customer = users.customer();
        Ticket ticket = ticket(customer, "Mine");
        singleError(
                as(customer)
                        .document(ARCHIVE)
                        .variable("input", Map.of("id", id(ticket.id())))
                        .execute(),
                "FORBIDDEN");
    }

    @Test
    void deleteWithStaleVersionIsAConflict() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Changed meanwhile");
        ticketUpdates.changeStatus(agent.actor(), ticket.id(), Workflow.OPEN, null, null);
        ResponseError error = singleError(
                as(agent)
                        .document(ARCHIVE)
                        .variable("input", Map.of("id", id(ticket.id()), "lockVersion", 0))
                        .execute(),
                "BAD_REQUEST");
        assertThat(error.getExtensions()).containsEntry("code", "CONFLICT");
    }

    @Test
    void deletingAnUnknownTicketIsNotFound() {
        singleError(
                as(users.agent())
                        .document(ARCHIVE)
                        .variable("input", Map.of("id", "999999999"))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void deleteWithNonNumericIdIsBadRequest() {
        ResponseError error = singleError(
                as(users.agent())
                        .document(ARCHIVE)
                        .variable("input", Map.of("id", "x1"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactly("input.id");
    }

    @Test
    void anonymousCannotDelete() {
        singleError(
                anonymous()
                        .document(ARCHIVE)
                        .variable("input", Map.of("id", "1"))
                        .execute(),
                "UNAUTHORIZED");
    }

    private String doneStatus() {
        return context.getBean(Workflow.class).statuses().stream()
                .filter(s -> s.isDone() && !s.key().equals(Workflow.DUPLICATE))
                .findFirst()
                .orElseThrow()
                .key();
    }
}
