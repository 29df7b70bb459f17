package io.polydesk.api.graphql.viewer;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.organisation.CompanyCommand.CreateCompany;
import io.polydesk.domain.organisation.OrganisationCommands.CreateTeam;
import io.polydesk.domain.organisation.OrganisationCommands.CreateUserGroup;
import io.polydesk.domain.organisation.OrganisationCommands.SetUserOrganisation;
import io.polydesk.domain.organisation.OrganisationService;
import io.polydesk.domain.organisation.TeamService;
import io.polydesk.domain.organisation.UserGroupService;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** {@code viewer}: the caller with their teams, groups, company and preferences; {@code me} still answers. */
@PolydeskIntegrationTest
class ViewerGraphQlTest extends GraphQlTestSupport {

    private static final String VIEWER = """
            {
              viewer {
                user { id username email }
                teams { name }
                groups { name }
                company { name }
                department { name }
                preferences { timeZone }
              }
              me { username }
            }""";

    @Autowired
    TeamService teams;

    @Autowired
    UserGroupService groups;

    @Autowired
    OrganisationService organisations;

    @Test
    void anAgentSeesTheirTeamsAndGroups() {
        TestUser agent = users.create(Role.AGENT);
        TestUser admin = users.admin();
        String team = "Team " + unique();
        String archived = "Gone " + unique();
        teams.addTeamMember(
                admin.actor(),
                teams.createTeam(admin.actor(), new CreateTeam(team, null)).id(),
                agent.id());
        long gone =
                teams.createTeam(admin.actor(), new CreateTeam(archived, null)).id();
        teams.addTeamMember(admin.actor(), gone, agent.id());
        teams.archiveTeam(admin.actor(), gone);
        String group = "Group " + unique();
        groups.addUserGroupMember(
                admin.actor(),
                groups.createUserGroup(admin.actor(), new CreateUserGroup(group, null))
                        .id(),
                agent.id());

        GraphQlTester.Response response = as(agent).document(VIEWER).execute();
        response.path("viewer.user.username")
                .entity(String.class)
                .isEqualTo(agent.user().username());
        response.path("viewer.user.email")
                .entity(String.class)
                .isEqualTo(agent.user().email());
        response.path("viewer.teams[*].name").entityList(String.class).containsExactly(team);
        response.path("viewer.groups[*].name").entityList(String.class).containsExactly(group);
        response.path("viewer.company").valueIsNull();
        response.path("me.username").entity(String.class).isEqualTo(agent.user().username());
    }

    @Test
    void aCustomerSeesTheirOwnCompanyAndNoTeams() {
        TestUser customer = users.create(Role.CUSTOMER);
        TestUser admin = users.admin();
        String company = "Company " + unique();
        long companyId = organisations
                .createCompany(admin.actor(), new CreateCompany(company, null, List.of()))
                .id();
        organisations.setUserOrganisation(
                admin.actor(), new SetUserOrganisation(customer.id(), Change.to(companyId), Change.keep()));

        GraphQlTester.Response response = as(customer).document(VIEWER).execute();
        response.path("viewer.company.name").entity(String.class).isEqualTo(company);
        response.path("viewer.department").valueIsNull();
        response.path("viewer.teams").entityList(Object.class).hasSize(0);
        response.path("viewer.groups").entityList(Object.class).hasSize(0);
        response.path("viewer.preferences.timeZone").valueIsNull();
    }

    @Test
    void anonymousCallersAreRefused() {
        singleError(anonymous().document("{ viewer { user { id } } }").execute(), "UNAUTHORIZED");
    }
}
