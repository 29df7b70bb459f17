package io.polydesk.api.graphql.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.graphql.GraphQlTestSupport;
import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.api.testing.TestUsers.TestUser;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.CompanyCommand.CreateCompany;
import io.polydesk.domain.organisation.Department;
import io.polydesk.domain.organisation.OrganisationCommands.CreateDepartment;
import io.polydesk.domain.organisation.OrganisationCommands.SetUserOrganisation;
import io.polydesk.domain.organisation.OrganisationService;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.ticket.Ticket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

/** Companies, departments, user groups, teams and where users and tickets belong, per role. */
@PolydeskIntegrationTest
class OrganisationGraphQlTest extends GraphQlTestSupport {

    private static final String CREATE_COMPANY = """
            mutation ($input: CreateCompanyInput!) {
              createCompany(input: $input) { company { id name notes emailDomains archived } }
            }""";

    private static final String UPDATE_COMPANY = """
            mutation ($input: UpdateCompanyInput!) {
              updateCompany(input: $input) { company { id name notes emailDomains } }
            }""";

    private static final String COMPANIES = """
            query ($filter: CompanyFilter, $first: Int, $after: String) {
              companies(filter: $filter, first: $first, after: $after) {
                edges { cursor node { id name archived } }
                pageInfo { hasNextPage hasPreviousPage endCursor }
                totalCount
              }
            }""";

    private static final String SET_ORGANISATION = """
            mutation ($input: SetUserOrganisationInput!) {
              setUserOrganisation(input: $input) { user { id company { id name } department { id name } } }
            }""";

    @Autowired
    OrganisationService organisations;

    private Company company(String name) {
        return organisations.createCompany(
                users.admin().actor(), new CreateCompany(name + " " + unique(), null, List.of()));
    }

    private void place(TestUser user, Company company, Department department) {
        organisations.setUserOrganisation(
                users.admin().actor(),
                new SetUserOrganisation(
                        user.id(),
                        Change.to(company == null ? null : company.id()),
                        Change.to(department == null ? null : department.id())));
    }

    @Test
    void administratorCreatesUpdatesAndArchivesACompany() {
        TestUser admin = users.admin();
        String name = "Megacorp " + unique();
        String id = as(admin)
                .document(CREATE_COMPANY)
                .variable(
                        "input",
                        Map.of(
                                "name",
                                name,
                                "notes",
                                "Key account",
                                "emailDomains",
                                List.of("MegaCorp.com", "@mega.example", "megacorp.com")))
                .execute()
                .path("createCompany.company.name")
                .entity(String.class)
                .isEqualTo(name)
                .path("createCompany.company.emailDomains")
                .entityList(String.class)
                .containsExactly("megacorp.com", "mega.example")
                .path("createCompany.company.id")
                .entity(String.class)
                .get();

        Map<String, Object> update = new HashMap<>();
        update.put("id", id);
        update.put("notes", null);
        as(admin)
                .document(UPDATE_COMPANY)
                .variable("input", update)
                .execute()
                .path("updateCompany.company.name")
                .entity(String.class)
                .isEqualTo(name)
                .path("updateCompany.company.notes")
                .valueIsNull()
                .path("updateCompany.company.emailDomains")
                .entityList(String.class)
                .hasSize(2);

        as(admin)
                .document("mutation ($id: ID!) { archiveCompany(input: {id: $id}) { company { archived } } }")
                .variable("id", id)
                .execute()
                .path("archiveCompany.company.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        as(admin)
                .document(COMPANIES)
                .variable("filter", Map.of("text", name))
                .execute()
                .path("companies.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
        as(admin)
                .document(COMPANIES)
                .variable("filter", Map.of("text", name, "includeArchived", true))
                .execute()
                .path("companies.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id);
    }

    @Test
    void agentCannotCreateACompanyButListsThem() {
        TestUser agent = users.agent();
        Company existing = company("Listed");

        singleError(
                as(agent)
                        .document(CREATE_COMPANY)
                        .variable("input", Map.of("name", "Nope " + unique()))
                        .execute(),
                "FORBIDDEN");
        as(agent)
                .document(COMPANIES)
                .variable("filter", Map.of("text", existing.name()))
                .execute()
                .path("companies.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(existing.id()));
    }

    @Test
    void anonymousCallersAreRefused() {
        singleError(anonymous().document(COMPANIES).execute(), "UNAUTHORIZED");
        singleError(anonymous().document("{ teams { id } }").execute(), "UNAUTHORIZED");
        singleError(
                anonymous()
                        .document(CREATE_COMPANY)
                        .variable("input", Map.of("name", "x"))
                        .execute(),
                "UNAUTHORIZED");
    }

    @Test
    void invalidCompanyNamesAndDomainsAreReportedPerField() {
        ResponseError error = singleError(
                as(users.admin())
                        .document(CREATE_COMPANY)
                        .variable("input", Map.of("name", " ", "emailDomains", List.of("not a domain")))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(error)).containsExactlyInAnyOrder("input.name", "input.emailDomains");

        Company taken = company("Taken");
        ResponseError duplicate = singleError(
                as(users.admin())
                        .document(CREATE_COMPANY)
                        .variable("input", Map.of("name", taken.name().toUpperCase()))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(duplicate)).containsExactly("input.name");
    }

    @Test
    void unknownCompanyIsNotFound() {
        singleError(
                as(users.agent())
                        .document("{ company(id: \"999999999\") { id } }")
                        .execute(),
                "NOT_FOUND");
        singleError(
                as(users.admin())
                        .document(UPDATE_COMPANY)
                        .variable("input", Map.of("id", "999999999", "name", "x"))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void customerSeesOnlyTheirOwnCompany() {
        Company own = company("Own");
        Company other = company("Other");
        TestUser customer = users.customer();
        TestUser stranger = users.customer();
        place(customer, own, null);
        place(stranger, other, null);

        as(customer)
                .document(COMPANIES)
                .variable("filter", Map.of("includeArchived", true))
                .execute()
                .path("companies.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(own.id()))
                .path("companies.totalCount")
                .entity(Integer.class)
                .isEqualTo(1);
        as(customer)
                .document("query ($id: ID!) { company(id: $id) { name } }")
                .variable("id", id(own.id()))
                .execute()
                .path("company.name")
                .entity(String.class)
                .isEqualTo(own.name());
        singleError(
                as(customer)
                        .document("query ($id: ID!) { company(id: $id) { name } }")
                        .variable("id", id(other.id()))
                        .execute(),
                "NOT_FOUND");
        as(customer)
                .document("query ($id: ID!) { user(id: $id) { company { id } } }")
                .variable("id", id(customer.id()))
                .execute()
                .path("user.company.id")
                .entity(String.class)
                .isEqualTo(id(own.id()));
    }

    @Test
    void customerWithoutCompanySeesNoCompanies() {
        company("Somebody else's");
        as(users.customer())
                .document(COMPANIES)
                .execute()
                .path("companies.edges")
                .entityList(Object.class)
                .hasSize(0)
                .path("companies.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void companiesAreWalkedByNameWithCursors() {
        String prefix = "Walk " + unique();
        for (String suffix : List.of("c", "a", "b", "d", "e")) {
            organisations.createCompany(users.admin().actor(), new CreateCompany(prefix + " " + suffix, null, null));
        }
        TestUser agent = users.agent();
        List<String> seen = new java.util.ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            var page = as(agent)
                    .document(COMPANIES)
                    .variable("filter", Map.of("text", prefix))
                    .variable("first", 2)
                    .variable("after", after)
                    .execute();
            seen.addAll(page.path("companies.edges[*].node.name")
                    .entityList(String.class)
                    .get());
            page.path("companies.totalCount").entity(Integer.class).isEqualTo(5);
            hasNext = page.path("companies.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = page.path("companies.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
        }
        assertThat(seen).containsExactly(prefix + " a", prefix + " b", prefix + " c", prefix + " d", prefix + " e");
    }

    @Test
    void companyUsersAreAConnectionForStaffOnly() {
        Company co = company("Staffed");
        TestUser first = users.customer();
        TestUser second = users.customer();
        place(first, co, null);
        place(second, co, null);
        String query = """
                query ($id: ID!) { company(id: $id) { users(first: 1) { edges { node { id } } totalCount
                  pageInfo { hasNextPage } } } }""";

        as(users.agent())
                .document(query)
                .variable("id", id(co.id()))
                .execute()
                .path("company.users.edges[*].node.id")
                .entityList(String.class)
                .containsExactly(id(first.id()))
                .path("company.users.totalCount")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("company.users.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(true);
        ResponseError error = singleError(
                as(first).document(query).variable("id", id(co.id())).execute(), "FORBIDDEN");
        assertThat(error.getPath()).isEqualTo("company.users");
    }

    @Test
    void setUserOrganisationPlacesAUserAndChecksTheDepartmentBelongsToTheCompany() {
        Company co = company("Placed");
        Company other = company("Elsewhere");
        Department sales = organisations.createDepartment(
                users.admin().actor(), new CreateDepartment("Sales " + unique(), co.id()));
        TestUser customer = users.customer();

        as(users.admin())
                .document(SET_ORGANISATION)
                .variable(
                        "input",
                        Map.of("userId", id(customer.id()), "companyId", id(co.id()), "departmentId", id(sales.id())))
                .execute()
                .path("setUserOrganisation.user.company.name")
                .entity(String.class)
                .isEqualTo(co.name())
                .path("setUserOrganisation.user.department.name")
                .entity(String.class)
                .isEqualTo(sales.name());

        ResponseError mismatch = singleError(
                as(users.admin())
                        .document(SET_ORGANISATION)
                        .variable("input", Map.of("userId", id(customer.id()), "companyId", id(other.id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(mismatch)).containsExactly("input.departmentId");
        singleError(
                as(users.agent())
                        .document(SET_ORGANISATION)
                        .variable("input", Map.of("userId", id(customer.id()), "companyId", id(co.id())))
                        .execute(),
                "FORBIDDEN");
        singleError(
                as(users.admin())
                        .document(SET_ORGANISATION)
                        .variable("input", Map.of("userId", "999999999", "companyId", id(co.id())))
                        .execute(),
                "NOT_FOUND");
    }

    @Test
    void aNewTicketIsFiledUnderItsRequestersCompany() {
        Company co = company("Requesting");
        TestUser customer = users.customer();
        place(customer, co, null);
        Ticket ticket = ticket(customer, "Printer jam");
        Ticket lonely = ticket(users.customer(), "No company");
        String query = "query ($id: ID!) { ticket(id: $id) { company { id name } } }";

        as(customer)
                .document(query)
                .variable("id", id(ticket.id()))
                .execute()
                .path("ticket.company.id")
                .entity(String.class)
                .isEqualTo(id(co.id()));
        as(users.agent())
                .document(query)
                .variable("id", id(lonely.id()))
                .execute()
                .path("ticket.company")
                .valueIsNull();
    }

    @Test
    void departmentsAreManagedByAdministratorsAndListedForStaff() {
        Company co = company("Depts");
        String create = """
                mutation ($input: CreateDepartmentInput!) {
                  createDepartment(input: $input) { department { id name company { id } } }
                }""";
        String name = "Support " + unique();
        String id = as(users.admin())
                .document(create)
                .variable("input", Map.of("name", name, "companyId", id(co.id())))
                .execute()
                .path("createDepartment.department.company.id")
                .entity(String.class)
                .isEqualTo(id(co.id()))
                .path("createDepartment.department.id")
                .entity(String.class)
                .get();

        as(users.agent())
                .document("query ($c: ID) { departments(companyId: $c) { id name } }")
                .variable("c", id(co.id()))
                .execute()
                .path("departments[*].id")
                .entityList(String.class)
                .containsExactly(id);
        singleError(as(users.customer()).document("{ departments { id } }").execute(), "FORBIDDEN");
        ResponseError unknownCompany = singleError(
                as(users.admin())
                        .document(create)
                        .variable("input", Map.of("name", "x " + unique(), "companyId", "999999999"))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(unknownCompany)).containsExactly("input.companyId");

        as(users.admin())
                .document("mutation ($id: ID!) { archiveDepartment(input: {id: $id}) { department { archived } } }")
                .variable("id", id)
                .execute()
                .path("archiveDepartment.department.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        as(users.agent())
                .document("query ($c: ID) { departments(companyId: $c) { id } }")
                .variable("c", id(co.id()))
                .execute()
                .path("departments")
                .entityList(Object.class)
                .hasSize(0);
    }

    @Test
    void userGroupMembersAreAddedOnceAndRemoved() {
        TestUser admin = users.admin();
        TestUser member = users.customer();
        String groupId = as(admin)
                .document("""
                        mutation ($input: CreateUserGroupInput!) { createUserGroup(input: $input) { userGroup { id } } }""")
                .variable("input", Map.of("name", "Managers " + unique(), "description", "The bosses"))
                .execute()
                .path("createUserGroup.userGroup.id")
                .entity(String.class)
                .get();
        String add = """
                mutation ($input: UserGroupMemberInput!) {
                  addUserGroupMember(input: $input) { userGroup { members { id } } }
                }""";
        Map<String, Object> membership = Map.of("userGroupId", groupId, "userId", id(member.id()));

        as(admin).document(add).variable("input", membership).execute();
        as(admin)
                .document(add)
                .variable("input", membership)
                .execute()
                .path("addUserGroupMember.userGroup.members[*].id")
                .entityList(String.class)
                .containsExactly(id(member.id()));
        as(users.agent())
                .document("{ userGroups { id members { id } } }")
                .execute()
                .path("userGroups[?(@.id == '" + groupId + "')].members[*].id")
                .entityList(String.class)
                .containsExactly(id(member.id()));
        as(admin)
                .document("""
                        mutation ($input: UserGroupMemberInput!) {
                          removeUserGroupMember(input: $input) { userGroup { members { id } } }
                        }""")
                .variable("input", membership)
                .execute()
                .path("removeUserGroupMember.userGroup.members")
                .entityList(Object.class)
                .hasSize(0);
        singleError(
                as(users.agent()).document(add).variable("input", membership).execute(), "FORBIDDEN");
        singleError(as(users.customer()).document("{ userGroups { id } }").execute(), "FORBIDDEN");

        as(admin)
                .document("mutation ($id: ID!) { deleteUserGroup(input: {id: $id}) { id } }")
                .variable("id", groupId)
                .execute()
                .path("deleteUserGroup.id")
                .entity(String.class)
                .isEqualTo(groupId);
        singleError(as(admin).document(add).variable("input", membership).execute(), "NOT_FOUND");
    }

    @Test
    void teamsTakeAgentsOnly() {
        TestUser admin = users.admin();
        TestUser agent = users.agent();
        String teamId = as(admin)
                .document("""
                        mutation ($input: CreateTeamInput!) { createTeam(input: $input) { team { id name } } }""")
                .variable("input", Map.of("name", "Hardware " + unique(), "description", "Fixes things"))
                .execute()
                .path("createTeam.team.id")
                .entity(String.class)
                .get();
        String add = """
                mutation ($input: TeamMemberInput!) { addTeamMember(input: $input) { team { members { id } } } }""";

        as(admin)
                .document(add)
                .variable("input", Map.of("teamId", teamId, "userId", id(agent.id())))
                .execute()
                .path("addTeamMember.team.members[*].id")
                .entityList(String.class)
                .containsExactly(id(agent.id()));
        ResponseError customer = singleError(
                as(admin)
                        .document(add)
                        .variable(
                                "input",
                                Map.of(
                                        "teamId",
                                        teamId,
                                        "userId",
                                        id(users.customer().id())))
                        .execute(),
                "BAD_REQUEST");
        assertThat(detailFields(customer)).containsExactly("input.userId");
        as(agent)
                .document("{ teams { id description members { id } } }")
                .execute()
                .path("teams[?(@.id == '" + teamId + "')].description")
                .entityList(String.class)
                .containsExactly("Fixes things");

        as(admin)
                .document("mutation ($id: ID!) { archiveTeam(input: {id: $id}) { team { archived } } }")
                .variable("id", teamId)
                .execute()
                .path("archiveTeam.team.archived")
                .entity(Boolean.class)
                .isEqualTo(true);
        as(agent)
                .document("{ teams { id } }")
                .execute()
                .path("teams[*].id")
                .entityList(String.class)
                .doesNotContain(teamId);
    }
}
