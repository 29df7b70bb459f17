package io.polydesk.api.graphql.organisation;

import io.polydesk.api.graphql.organisation.OrganisationInputs.CompanyFilterInput;
import io.polydesk.api.graphql.organisation.OrganisationInputs.CompanyOrderInput;
import io.polydesk.api.graphql.organisation.OrganisationInputs.CreateCompanyInput;
import io.polydesk.api.graphql.organisation.OrganisationInputs.CreateDepartmentInput;
import io.polydesk.api.graphql.organisation.OrganisationInputs.CreateNamedInput;
import io.polydesk.api.graphql.organisation.OrganisationInputs.IdInput;
import io.polydesk.api.graphql.organisation.OrganisationInputs.SetUserOrganisationInput;
import io.polydesk.api.graphql.organisation.OrganisationInputs.TeamMemberInput;
import io.polydesk.api.graphql.organisation.OrganisationInputs.UpdateCompanyInput;
import io.polydesk.api.graphql.organisation.OrganisationInputs.UpdateDepartmentInput;
import io.polydesk.api.graphql.organisation.OrganisationInputs.UpdateNamedInput;
import io.polydesk.api.graphql.organisation.OrganisationInputs.UserGroupMemberInput;
import io.polydesk.api.graphql.organisation.OrganisationPayloads.CompanyPayload;
import io.polydesk.api.graphql.organisation.OrganisationPayloads.DepartmentPayload;
import io.polydesk.api.graphql.organisation.OrganisationPayloads.TeamPayload;
import io.polydesk.api.graphql.organisation.OrganisationPayloads.UserGroupPayload;
import io.polydesk.api.graphql.organisation.OrganisationPayloads.UserPayload;
import io.polydesk.api.graphql.support.Changes;
import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.CompanyCommand.CreateCompany;
import io.polydesk.domain.organisation.CompanyCommand.UpdateCompany;
import io.polydesk.domain.organisation.CompanyOrder;
import io.polydesk.domain.organisation.Department;
import io.polydesk.domain.organisation.OrganisationCommands.CreateDepartment;
import io.polydesk.domain.organisation.OrganisationCommands.CreateTeam;
import io.polydesk.domain.organisation.OrganisationCommands.CreateUserGroup;
import io.polydesk.domain.organisation.OrganisationCommands.SetUserOrganisation;
import io.polydesk.domain.organisation.OrganisationCommands.UpdateDepartment;
import io.polydesk.domain.organisation.OrganisationCommands.UpdateTeam;
import io.polydesk.domain.organisation.OrganisationCommands.UpdateUserGroup;
import io.polydesk.domain.organisation.OrganisationQueries;
import io.polydesk.domain.organisation.OrganisationService;
import io.polydesk.domain.organisation.TeamService;
import io.polydesk.domain.organisation.UserGroup;
import io.polydesk.domain.organisation.UserGroupService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.user.UserQueries;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Companies, departments, user groups and teams: listed for staff (a customer sees their own company), shaped by administrators. */
@Controller
class OrganisationGraphQlController {

    private final OrganisationQueries queries;
    private final OrganisationService service;
    private final UserGroupService groups;
    private final TeamService teams;
    private final UserQueries users;

    OrganisationGraphQlController(
            OrganisationQueries queries,
            OrganisationService service,
            UserGroupService groups,
            TeamService teams,
            UserQueries users) {
        this.queries = queries;
        this.service = service;
        this.groups = groups;
        this.teams = teams;
        this.users = users;
    }

    @QueryMapping
    Connection<Company> companies(
            @Argument Boolean includeArchived,
            @Argument CompanyFilterInput filter,
            @Argument CompanyOrderInput orderBy,
            @Argument Integer first,
            @Argument String after,
            @AuthenticationPrincipal Actor actor) {
        boolean archivedToo = Boolean.TRUE.equals(includeArchived)
                || (filter != null && Boolean.TRUE.equals(filter.includeArchived()));
        return Connection.of(queries.companies(
                actor,
                filter == null ? null : filter.text(),
                archivedToo,
                orderBy == null ? CompanyOrder.BY_NAME : orderBy.toOrder(),
                first,
                after));
    }

    @QueryMapping
    Company company(@Argument String id, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return queries.company(actor, Ids.require(id, "id"));
    }

    @QueryMapping
    List<Department> departments(@Argument String companyId, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return queries.departments(actor, Ids.parse(companyId, "companyId"));
    }

    @QueryMapping
    List<UserGroup> userGroups(@AuthenticationPrincipal Actor actor) {
        return queries.userGroups(actor);
    }

    @QueryMapping
    List<AgentTeam> teams(@AuthenticationPrincipal Actor actor) {
        return queries.teams(actor);
    }

    @MutationMapping
    CompanyPayload createCompany(@Argument CreateCompanyInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new CompanyPayload(
                service.createCompany(actor, new CreateCompany(input.name(), input.notes(), input.emailDomains())));
    }

    @MutationMapping
    CompanyPayload updateCompany(@Argument UpdateCompanyInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new CompanyPayload(service.updateCompany(
                actor,
                new UpdateCompany(
                        Ids.require(input.id(), "input.id"),
                        Changes.of(input.name()),
                        Changes.of(input.notes()),
                        Changes.of(input.emailDomains()))));
    }

    @MutationMapping
    CompanyPayload archiveCompany(@Argument IdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new CompanyPayload(service.archiveCompany(actor, Ids.require(input.id(), "input.id")));
    }

    @MutationMapping
    DepartmentPayload createDepartment(@Argument CreateDepartmentInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new DepartmentPayload(service.createDepartment(
                actor, new CreateDepartment(input.name(), Ids.parse(input.companyId(), "input.companyId"))));
    }

    @MutationMapping
    DepartmentPayload updateDepartment(@Argument UpdateDepartmentInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new DepartmentPayload(service.updateDepartment(
                actor,
                new UpdateDepartment(
                        Ids.require(input.id(), "input.id"),
                        Changes.of(input.name()),
                        Changes.of(input.companyId(), raw -> Ids.parse(raw, "input.companyId")))));
    }

    @MutationMapping
    DepartmentPayload archiveDepartment(@Argument IdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new DepartmentPayload(service.archiveDepartment(actor, Ids.require(input.id(), "input.id")));
    }

    @MutationMapping
    UserGroupPayload createUserGroup(@Argument CreateNamedInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new UserGroupPayload(
                groups.createUserGroup(actor, new CreateUserGroup(input.name(), input.description())));
    }

    @MutationMapping
    UserGroupPayload updateUserGroup(@Argument UpdateNamedInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new UserGroupPayload(groups.updateUserGroup(
                actor,
                new UpdateUserGroup(
                        Ids.require(input.id(), "input.id"),
                        Changes.of(input.name()),
                        Changes.of(input.description()))));
    }

    @MutationMapping
    DeletedPayload deleteUserGroup(@Argument IdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        long id = Ids.require(input.id(), "input.id");
        groups.deleteUserGroup(actor, id);
        return DeletedPayload.of(id);
    }

    @MutationMapping
    UserGroupPayload addUserGroupMember(@Argument UserGroupMemberInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new UserGroupPayload(groups.addUserGroupMember(
                actor,
                Ids.require(input.userGroupId(), "input.userGroupId"),
                Ids.require(input.userId(), "input.userId")));
    }

    @MutationMapping
    UserGroupPayload removeUserGroupMember(@Argument UserGroupMemberInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new UserGroupPayload(groups.removeUserGroupMember(
                actor,
                Ids.require(input.userGroupId(), "input.userGroupId"),
                Ids.require(input.userId(), "input.userId")));
    }

    @MutationMapping
    TeamPayload createTeam(@Argument CreateNamedInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new TeamPayload(teams.createTeam(actor, new CreateTeam(input.name(), input.description())));
    }

    @MutationMapping
    TeamPayload updateTeam(@Argument UpdateNamedInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new TeamPayload(teams.updateTeam(
                actor,
                new UpdateTeam(
                        Ids.require(input.id(), "input.id"),
                        Changes.of(input.name()),
                        Changes.of(input.description()))));
    }

    @MutationMapping
    TeamPayload archiveTeam(@Argument IdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new TeamPayload(teams.archiveTeam(actor, Ids.require(input.id(), "input.id")));
    }

    @MutationMapping
    TeamPayload addTeamMember(@Argument TeamMemberInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new TeamPayload(teams.addTeamMember(
                actor, Ids.require(input.teamId(), "input.teamId"), Ids.require(input.userId(), "input.userId")));
    }

    @MutationMapping
    TeamPayload removeTeamMember(@Argument TeamMemberInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new TeamPayload(teams.removeTeamMember(
                actor, Ids.require(input.teamId(), "input.teamId"), Ids.require(input.userId(), "input.userId")));
    }

    @MutationMapping
    UserPayload setUserOrganisation(@Argument SetUserOrganisationInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        long userId = Ids.require(input.userId(), "input.userId");
        service.setUserOrganisation(
                actor,
                new SetUserOrganisation(
                        userId,
                        Changes.of(input.companyId(), raw -> Ids.parse(raw, "input.companyId")),
                        Changes.of(input.departmentId(), raw -> Ids.parse(raw, "input.departmentId"))));
        return new UserPayload(users.get(actor, userId));
    }
}
