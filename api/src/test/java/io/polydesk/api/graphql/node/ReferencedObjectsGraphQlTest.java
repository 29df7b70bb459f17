package io.polydesk.api.graphql.node;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.organisation.OrganisationCommands.CreateTeam;
import io.polydesk.domain.organisation.TeamService;
import io.polydesk.domain.task.CreateTask;
import io.polydesk.domain.task.TaskService;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.time.LogTime;
import io.polydesk.domain.time.TimeEntryService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The objects that replace the deprecated {@code ...Id} fields answer what those ids name, as the caller sees it. */
@PolydeskIntegrationTest
class ReferencedObjectsGraphQlTest extends GraphQlTestSupport {

    private static final String WORK = """
            query ($id: ID!) {
              ticket(id: $id) {
                comments(first: 5) { nodes { ticketId ticket { id title } } }
                tasks { ticketId ticket { id } teamId team { id name } }
                timeEntries(first: 5) { nodes { ticketId ticket { id } } }
              }
            }""";

    private static final String COMMENTS = """
            query ($id: ID!) { ticket(id: $id) { comments(first: 5) { nodes { content ticket { id title } } } } }""";

    @Autowired
    TaskService tasks;

    @Autowired
    TimeEntryService time;

    @Autowired
    TeamService teams;

    @Test
    void commentsTasksAndTimeEntriesAnswerTheirTicketAndTeamAsObjects() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "Printer on fire " + unique());
        String teamName = "Printers " + unique();
        long teamId = teams.createTeam(users.admin().actor(), new CreateTeam(teamName, null))
                .id();
        comment(agent, ticket, "Looking into it", true);
        tasks.create(
                agent.actor(), ticket.id(), new CreateTask("Call the vendor", null, teamId, agent.id(), null, null));
        time.log(agent.actor(), ticket.id(), LogTime.of(LocalDate.of(2026, 12, 1), 15));

        as(agent)
                .document(WORK)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.comments.nodes[0].ticket.id")
                .entity(String.class)
                .isEqualTo(id(ticket.id()))
                .path("ticket.comments.nodes[0].ticketId")
                .entity(String.class)
                .isEqualTo(id(ticket.id()))
                .path("ticket.comments.nodes[0].ticket.title")
                .entity(String.class)
                .isEqualTo(ticket.title())
                .path("ticket.tasks[0].ticket.id")
                .entity(String.class)
                .isEqualTo(id(ticket.id()))
                .path("ticket.tasks[0].team.id")
                .entity(String.class)
                .isEqualTo(id(teamId))
                .path("ticket.tasks[0].teamId")
                .entity(String.class)
                .isEqualTo(id(teamId))
                .path("ticket.tasks[0].team.name")
                .entity(String.class)
                .isEqualTo(teamName)
                .path("ticket.timeEntries.nodes[0].ticket.id")
                .entity(String.class)
                .isEqualTo(id(ticket.id()));
    }

    @Test
    void aTaskWithoutATeamAnswersNoTeam() {
        TestUser agent = users.agent();
        Ticket ticket = ticket(users.customer(), "No team " + unique());
        tasks.create(agent.actor(), ticket.id(), new CreateTask("Alone", null, null, agent.id(), null, null));

        as(agent)
                .document(WORK)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.tasks[0].team")
                .valueIsNull()
                .path("ticket.tasks[0].teamId")
                .valueIsNull();
    }

    @Test
    void aCustomerSeesTheTicketOfTheirOwnPublicCommentsAndNoInternalOnes() {
        TestUser customer = users.customer();
        TestUser agent = users.agent();
        Ticket ticket = ticket(customer, "Mine " + unique());
        comment(agent, ticket, "For agents only", true);
        comment(agent, ticket, "We are on it", false);

        as(customer)
                .document(COMMENTS)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.comments.nodes[*].content")
                .entityList(String.class)
                .containsExactly("We are on it")
                .path("ticket.comments.nodes[0].ticket.id")
                .entity(String.class)
                .isEqualTo(id(ticket.id()));
    }
}
