package io.polydesk.api.graphql.organisation;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.polydesk.api.graphql.support.Batches;
import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.Department;
import io.polydesk.domain.organisation.OrganisationQueries;
import io.polydesk.domain.organisation.UserGroup;
import io.polydesk.domain.organisation.UserOrganisation;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The organisation fields of companies, departments, groups, teams, users and tickets. Each is loaded for
 * every parent of a response at once, so a page costs the same number of queries whatever its size.
 */
@Controller
class OrganisationFieldsGraphQlController {

    static final String COMPANY_USERS = "organisation.companyUsers";

    /** One request for a company's users: the paging arguments are part of the key, so equal pages batch together. */
    record CompanyUsersKey(long companyId, Integer first, String after) {}

    private final OrganisationQueries organisations;
    private final UserQueries users;

    OrganisationFieldsGraphQlController(
            OrganisationQueries organisations, UserQueries users, BatchLoaderRegistry registry) {
        this.organisations = organisations;
        this.users = users;
        registry.<CompanyUsersKey, Connection<User>>forName(COMPANY_USERS)
                .registerMappedBatchLoader(
                        (keys, env) -> Mono.fromCallable(() -> companyUsers(CurrentActor.from(env), keys)));
    }

    @SchemaMapping(typeName = "Company", field = "users")
    CompletableFuture<Connection<User>> companyUsers(
            Company company,
            @Argument Integer first,
            @Argument String after,
            @AuthenticationPrincipal Actor actor,
            DataFetchingEnvironment env) {
        // Refused here, as this field's own error, rather than failing the whole batch.
        Actor.requireStaff(actor);
        DataLoader<CompanyUsersKey, Connection<User>> loader = env.getDataLoader(COMPANY_USERS);
        return loader.load(new CompanyUsersKey(company.id(), first, after));
    }

    private Map<CompanyUsersKey, Connection<User>> companyUsers(Actor actor, Set<CompanyUsersKey> keys) {
        Map<List<Object>, List<CompanyUsersKey>> byPaging =
                keys.stream().collect(Collectors.groupingBy(k -> Arrays.asList(k.first(), k.after())));
        Map<CompanyUsersKey, CursorPage<Long>> pages = new HashMap<>();
        for (List<CompanyUsersKey> group : byPaging.values()) {
            CompanyUsersKey sample = group.get(0);
            Map<Long, CursorPage<Long>> loaded = organisations.companyUsers(
                    actor, group.stream().map(CompanyUsersKey::companyId).toList(), sample.first(), sample.after());
            group.forEach(k -> pages.put(k, loaded.get(k.companyId())));
        }
        Set<Long> userIds = new HashSet<>();
        pages.values().forEach(p -> p.edges().forEach(e -> userIds.add(e.node())));
        Map<Long, User> loadedUsers = users.byIds(userIds);
        Map<CompanyUsersKey, Connection<User>> result = new HashMap<>();
        pages.forEach((key, page) -> {
            List<CursorPage.Edge<User>> edges = new ArrayList<>();
            page.edges().stream()
                    .filter(e -> loadedUsers.containsKey(e.node()))
                    .forEach(e -> edges.add(new CursorPage.Edge<>(e.cursor(), loadedUsers.get(e.node()))));
            result.put(
                    key, Connection.of(new CursorPage<>(edges, page.hasNext(), page.hasPrevious(), page.totalCount())));
        });
        return result;
    }

    @BatchMapping(typeName = "Department", field = "company")
    Map<Department, Company> departmentCompany(List<Department> batch, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        return Batches.byKey(batch, Department::companyId, ids -> organisations.companiesByIds(actor, ids));
    }

    @BatchMapping(typeName = "UserGroup", field = "members")
    Map<UserGroup, List<User>> userGroupMembers(List<UserGroup> batch, GraphQLContext context) {
        Map<Long, List<Long>> members =
                organisations.userGroupMembers(CurrentActor.from(context), Batches.ids(batch, UserGroup::id));
        return members(batch, UserGroup::id, members);
    }

    @BatchMapping(typeName = "Team", field = "members")
    Map<AgentTeam, List<User>> teamMembers(List<AgentTeam> batch, GraphQLContext context) {
        Map<Long, List<Long>> members =
                organisations.teamMembers(CurrentActor.from(context), Batches.ids(batch, AgentTeam::id));
        return members(batch, AgentTeam::id, members);
    }

    @BatchMapping(typeName = "User", field = "company")
    Map<User, Company> userCompany(List<User> batch, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        Map<Long, UserOrganisation> placed = organisations.userOrganisations(Batches.ids(batch, User::id));
        return Batches.byKey(
                batch, u -> companyOf(placed.get(u.id())), ids -> organisations.companiesByIds(actor, ids));
    }

    @BatchMapping(typeName = "User", field = "department")
    Map<User, Department> userDepartment(List<User> batch, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        Map<Long, UserOrganisation> placed = organisations.userOrganisations(Batches.ids(batch, User::id));
        return Batches.byKey(
                batch, u -> departmentOf(placed.get(u.id())), ids -> organisations.departmentsByIds(actor, ids));
    }

    @BatchMapping(typeName = "Ticket", field = "company")
    Map<Ticket, Company> ticketCompany(List<Ticket> batch, GraphQLContext context) {
        Actor actor = CurrentActor.from(context);
        Map<Long, Long> companyIds = organisations.ticketCompanyIds(Batches.ids(batch, Ticket::id));
        return Batches.byKey(batch, t -> companyIds.get(t.id()), ids -> organisations.companiesByIds(actor, ids));
    }

    private <S> Map<S, List<User>> members(List<S> batch, Function<S, Long> id, Map<Long, List<Long>> members) {
        Map<Long, User> loaded = users.byIds(
                members.values().stream().flatMap(Collection::stream).collect(Collectors.toSet()));
        Map<S, List<User>> result = new HashMap<>();
        for (S owner : batch) {
            result.put(
                    owner,
                    members.getOrDefault(id.apply(owner), List.of()).stream()
                            .map(loaded::get)
                            .filter(Objects::nonNull)
                            .toList());
        }
        return result;
    }

    private static Long companyOf(UserOrganisation placement) {
        return placement == null ? null : placement.companyId();
    }

    private static Long departmentOf(UserOrganisation placement) {
        return placement == null ? null : placement.departmentId();
    }
}
