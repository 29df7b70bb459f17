package io.polydesk.api.graphql.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.organisation.OrganisationCommands.CreateTeam;
import io.polydesk.domain.organisation.TeamService;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.ticket.Ticket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

/**
 * An archived team takes no new tickets or tasks, refused the way an archived project is; what was routed to
 * it before it was archived keeps it.
 */
@PolydeskIntegrationTest
class ArchivedTeamRoutingTest extends GraphQlTestSupport {

    private static final String CREATE_TICKET = """
            mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id teamId } } }""";

    private static final String UPDATE_TICKET = """
            mutation ($input: UpdateTicketInput!) {
              updateTicket(input: $input) { ticket { title teamId lockVersion } }
            }""";

    private static final String TICKET_TEAM = "query ($id: ID!) { ticket(id: $id) { teamId } }";

    private static final String CREATE_TASK = """
            mutation ($input: CreateTaskInput!) { createTask(input: $input) { task { id teamId } } }""";

    private static final String UPDATE_TASK = """
            mutation ($input: UpdateTaskInput!) { updateTask(input: $input) { task { title teamId } } }""";

    private static final String TICKET_TASKS = "query ($id: ID!) { ticket(id: $id) { tasks { id teamId } } }";

    @Autowired
    TeamService teams;

    private long team() {
        return teams.createTeam(users.admin().actor(), new CreateTeam("Team " + unique(), null))
                .id();
    }

    private void archiveTeam(long id) {
        teams.archiveTeam(users.admin().actor(), id);
    }

    private long archivedTeam() {
        long id = team();
        archiveTeam(id);
        return id;
    }

    private long archivedProject() {
        Project project = project();
        projectService.delete(users.admin().actor(), project.id());
        return project.id();
    }

    private ResponseError createTicketError(TestUser agent, String field, long id) {
        return singleError(
                as(agent)
                        .document(CREATE_TICKET)
                        .variable("input", Map.of("title", "Routed", field, id(id)))
                        .execute(),
                "BAD_REQUEST");
    }

    private static List<Map<String, Object>> details(ResponseError error) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> details =
                (List<Map<String, Object>>) error.getExtensions().get("details");
        return details;
    }

    @Test
    void aNewTicketForAnArchivedTeamIsRefusedLikeOneInAnArchivedProject() {
        TestUser agent = users.agent();

        ResponseError project = createTicketError(agent, "projectId", archivedProject());
        ResponseError team = createTicketError(agent, "teamId", archivedTeam());

        assertThat(details(project))
                .containsExactly(Map.of("field", "input.projectId", "message", "is not an existing project"));
        assertThat(details(team))
                .containsExactly(Map.of("field", "input.teamId", "message", "is not an existing team"));
        assertThat(team.getMessage()).isEqualTo(project.getMessage().replace("project", "team"));
        assertThat(team.getExtensions().keySet())
                .isEqualTo(project.getExtensions().keySet());
    }

    @Test
    void aTicketCannotBeMovedToAnArchivedTeamButOneAlreadyThereKeepsIt() {
        TestUser agent = users.agent();
        long team = team();
        String ticketId = as(agent)
                .document(CREATE_TICKET)
                .variable("input", Map.of("title", "Routed before", "teamId", id(team)))
                .execute()
                .path("createTicket.ticket.id")
                .entity(String.class)
                .get();
        archiveTeam(team);

        as(agent)
                .document(TICKET_TEAM)
                .variable("id", ticketId)
                .execute()
                .path("ticket.teamId")
                .entity(String.class)
                .isEqualTo(id(team));
        as(agent)
                .document(UPDATE_TICKET)
                .variable("input", Map.of("id", ticketId, "lockVersion", 0, "title", "Renamed"))
                .execute()
                .path("updateTicket.ticket.teamId")
                .entity(String.class)
                .isEqualTo(id(team));

        Ticket other = ticket(users.customer(), "Routed later");
        ResponseError moved = singleError(
                as(agent)
                        .document(UPDATE_TICKET)
                        .variable(
                                "input",
                                Map.of(
                                        "id",
                                        id(other.id()),
                                        "lockVersion",
                                        other.lockVersion(),
                                        "teamId",
                                        id(archivedTeam())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(moved)).containsExactly("input.teamId");
    }

    @Test
    void aTaskCannotGoToAnArchivedTeamButOneAlreadyThereKeepsIt() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Tasks");
        long archived = archivedTeam();

        ResponseError created = singleError(
                as(agent)
                        .document(CREATE_TASK)
                        .variable(
                                "input",
                                Map.of("ticketId", id(ticket.id()), "title", "Refused", "teamId", id(archived)))
                        .execute(),
                "BAD_REQUEST");
        assertThat(details(created))
                .containsExactly(Map.of("field", "input.teamId", "message", "is not an existing team"));

        long team = team();
        String taskId = as(agent)
                .document(CREATE_TASK)
                .variable("input", Map.of("ticketId", id(ticket.id()), "title", "Routed before", "teamId", id(team)))
                .execute()
                .path("createTask.task.id")
                .entity(String.class)
                .get();
        archiveTeam(team);

        as(agent)
                .document(TICKET_TASKS)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.tasks[*].teamId")
                .entityList(String.class)
                .containsExactly(id(team));
        as(agent)
                .document(UPDATE_TASK)
                .variable("input", Map.of("id", taskId, "title", "Renamed"))
                .execute()
                .path("updateTask.task.teamId")
                .entity(String.class)
                .isEqualTo(id(team));
        ResponseError moved = singleError(
                as(agent)
                        .document(UPDATE_TASK)
                        .variable("input", Map.of("id", taskId, "teamId", id(archived)))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(moved)).containsExactly("input.teamId");
    }
}
