package io.polydesk.api.graphql.ticket;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.organisation.OrganisationCommands.CreateTeam;
import io.polydesk.domain.organisation.TeamService;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/** A ticket's team and type as objects; the old id fields keep answering. */
@PolydeskIntegrationTest
class TicketTeamAndTypeGraphQlTest extends GraphQlTestSupport {

    private static final String TEAM_AND_TYPE = """
            query ($id: ID!) {
              ticket(id: $id) { teamId typeId team { id name } type { id name } }
            }""";

    @Autowired
    TeamService teams;

    @Autowired
    JdbcTemplate jdbc;

    private long ticketType(String name) {
        jdbc.update("INSERT INTO ticket_types (name) VALUES (?)", name);
        return jdbc.queryForObject("SELECT id FROM ticket_types WHERE name = ?", Long.class, name);
    }

    @Test
    void staffSeeTheTeamAndTypeAndCustomersOnlyTheType() {
        TestUser customer = users.create(Role.CUSTOMER);
        String teamName = "Billing " + unique();
        long team = teams.createTeam(users.admin().actor(), new CreateTeam(teamName, null))
                .id();
        String typeName = "Incident " + unique();
        long type = ticketType(typeName);
        Ticket ticket = ticket(
                users.agent().actor(),
                CreateTicket.builder()
                        .title("Routed " + unique())
                        .requesterId(customer.id())
                        .teamId(team)
                        .typeId(type)
                        .build());

        GraphQlTester.Response staff = as(users.agent())
                .document(TEAM_AND_TYPE)
                .variable("id", id(ticket.id()))
                .execute();
        staff.path("ticket.team.name").entity(String.class).isEqualTo(teamName);
        staff.path("ticket.team.id").entity(String.class).isEqualTo(id(team));
        staff.path("ticket.teamId").entity(String.class).isEqualTo(id(team));
        staff.path("ticket.type.name").entity(String.class).isEqualTo(typeName);
        staff.path("ticket.typeId").entity(String.class).isEqualTo(id(type));

        GraphQlTester.Response own = as(customer)
                .document(TEAM_AND_TYPE)
                .variable("id", id(ticket.id()))
                .execute();
        own.path("ticket.team").valueIsNull();
        own.path("ticket.type.name").entity(String.class).isEqualTo(typeName);

        as(customer)
                .document("{ ticketTypes { id name } }")
                .execute()
                .path("ticketTypes[*].name")
                .entityList(String.class)
                .contains(typeName);
    }

    @Test
    void aTicketWithoutTeamOrTypeAnswersNull() {
        TestUser customer = users.create(Role.CUSTOMER);
        Ticket ticket = ticket(customer, "Plain " + unique());
        GraphQlTester.Response response = as(users.agent())
                .document(TEAM_AND_TYPE)
                .variable("id", id(ticket.id()))
                .execute();
        response.path("ticket.team").valueIsNull();
        response.path("ticket.type").valueIsNull();
    }
}
