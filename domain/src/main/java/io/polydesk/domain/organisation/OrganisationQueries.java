package io.polydesk.domain.organisation;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Keyset;
import io.polydesk.domain.shared.KeysetSearch;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.shared.NameSearch;
import io.polydesk.domain.shared.OffsetPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads of the organisation. Staff see everything; a customer sees only their own company and department,
 * and neither the lists of departments, groups and teams nor who else belongs to a company.
 */
@Service
public class OrganisationQueries {

    private static final String USER_ORDER = "id+";

    private final OrganisationRepository organisations;

    public OrganisationQueries(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** Companies in {@code order}; archived ones only for staff who ask for them. */
    public CursorPage<Company> companies(
            Actor actor, String text, boolean includeArchived, CompanyOrder order, Integer first, String after) {
        Actor.require(actor);
        int limit = KeysetWindow.limit(first);
        String search = text == null || text.isBlank() ? null : text.strip();
        if (search != null && search.length() > 200) {
            throw DomainException.invalid("text", "must be at most 200 characters");
        }
        Keyset position = KeysetWindow.position(after, order.cursorKey());
        Long onlyId = null;
        if (!actor.isStaff()) {
            onlyId = ownOrganisation(actor).companyId();
            if (onlyId == null) {
                return new CursorPage<>(List.of(), false, position != null, 0);
            }
        }
        CompanyCriteria criteria = new CompanyCriteria(search, includeArchived && actor.isStaff(), onlyId);
        List<Company> rows = limit == 0
                ? List.of()
                : organisations.listCompanies(
                        KeysetSearch.after(criteria, order, order.field().kind(), position, limit + 1));
        return KeysetWindow.of(
                rows,
                limit,
                position != null,
                organisations.countCompanies(criteria),
                c -> new Keyset(order.cursorKey(), sortValue(order, c), c.id()));
    }

    private static String sortValue(CompanyOrder order, Company company) {
        return switch (order.field()) {
            case ID -> Long.toString(company.id());
            case NAME -> company.name();
            case CREATED_AT -> KeysetSearch.timeValue(company.createdAt());
            case UPDATED_AT -> KeysetSearch.timeValue(company.updatedAt());
        };
    }

    /** NOT_FOUND for a customer asking for a company that is not theirs. */
    public Company company(Actor actor, long id) {
        Actor.require(actor);
        if (!actor.isStaff() && !Objects.equals(ownOrganisation(actor).companyId(), id)) {
            throw DomainException.notFound("Company", id);
        }
        return organisations.findCompany(id).orElseThrow(() -> DomainException.notFound("Company", id));
    }

    /** The companies among {@code ids} the caller may see, keyed by id, in one query. */
    public Map<Long, Company> companiesByIds(Actor actor, Collection<Long> ids) {
        Actor.require(actor);
        Collection<Long> allowed =
                actor.isStaff() ? ids : onlyOwn(ids, ownOrganisation(actor).companyId());
        if (allowed.isEmpty()) {
            return Map.of();
        }
        return organisations.findCompaniesByIds(allowed).stream()
                .collect(Collectors.toMap(Company::id, Function.identity()));
    }

    /** Live departments, of one company when {@code companyId} is given. Staff only. */
    public List<Department> departments(Actor actor, Long companyId) {
        Actor.requireStaff(actor);
        return organisations.listDepartments(companyId);
    }

    /** A customer sees only their own department. */
    public Map<Long, Department> departmentsByIds(Actor actor, Collection<Long> ids) {
        Actor.require(actor);
        Collection<Long> allowed =
                actor.isStaff() ? ids : onlyOwn(ids, ownOrganisation(actor).departmentId());
        if (allowed.isEmpty()) {
            return Map.of();
        }
        return organisations.findDepartmentsByIds(allowed).stream()
                .collect(Collectors.toMap(Department::id, Function.identity()));
    }

    public List<UserGroup> userGroups(Actor actor) {
        Actor.requireStaff(actor);
        return organisations.listUserGroups();
    }

    /** A page of groups whose names match, by name and id, paged in the database. Staff only. */
    public List<UserGroup> userGroups(Actor actor, NameSearch names, OffsetPage page) {
        Actor.requireStaff(actor);
        return organisations.pageUserGroups(names, page.offset(), page.size());
    }

    /** Live teams by name. Staff only. */
    public List<AgentTeam> teams(Actor actor) {
        Actor.requireStaff(actor);
        return organisations.listTeams();
    }

    /**
     * The teams among {@code ids}, archived ones too, keyed by id, in one query. Teams are the service desk's own
     * routing: a customer gets none, as they may not list teams either.
     */
    public Map<Long, AgentTeam> teamsByIds(Actor actor, Collection<Long> ids) {
        Actor.require(actor);
        if (!actor.isStaff() || ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findTeamsByIds(ids).stream().collect(Collectors.toMap(AgentTeam::id, Function.identity()));
    }

    /** The live teams the caller belongs to; customers belong to none. */
    public List<AgentTeam> ownTeams(Actor actor) {
        Actor.require(actor);
        return organisations.teamsOfMember(actor.userId());
    }

    /** The user groups the caller belongs to; anyone may know their own. */
    public List<UserGroup> ownUserGroups(Actor actor) {
        Actor.require(actor);
        return organisations.userGroupsOfMember(actor.userId());
    }

    /** Where the caller sits: their company and department, either may be null. */
    public UserOrganisation ownPlace(Actor actor) {
        Actor.require(actor);
        return ownOrganisation(actor);
    }

    /** Member user ids of each group, in one query; staff only. */
    public Map<Long, List<Long>> userGroupMembers(Actor actor, Collection<Long> groupIds) {
        Actor.requireStaff(actor);
        return groupIds.isEmpty() ? Map.of() : byOwner(organisations.userGroupMembers(groupIds));
    }

    /** Member user ids of each team, in one query; staff only. */
    public Map<Long, List<Long>> teamMembers(Actor actor, Collection<Long> teamIds) {
        Actor.requireStaff(actor);
        return teamIds.isEmpty() ? Map.of() : byOwner(organisations.teamMembers(teamIds));
    }

    /** Where each user sits; users without a company or department are left out. */
    public Map<Long, UserOrganisation> userOrganisations(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return organisations.userOrganisations(userIds).stream()
                .collect(Collectors.toMap(UserOrganisation::userId, Function.identity()));
    }

    /**
     * One page of user ids per company, by id, for many companies in two queries (rows and counts). Staff
     * only: a customer may not learn who else works at their company.
     */
    public Map<Long, CursorPage<Long>> companyUsers(
            Actor actor, Collection<Long> companyIds, Integer first, String after) {
        Actor.requireStaff(actor);
        int limit = KeysetWindow.limit(first);
        Keyset position = KeysetWindow.position(after, USER_ORDER);
        if (companyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> rows = limit == 0
                ? Map.of()
                : byOwner(organisations.companyUsers(companyIds, position == null ? null : position.id(), limit + 1));
        Map<Long, Long> counts = organisations.companyUserCounts(companyIds);
        Map<Long, CursorPage<Long>> result = new HashMap<>();
        for (Long companyId : companyIds) {
            List<Long> ids = rows.getOrDefault(companyId, List.of());
            result.put(
                    companyId,
                    KeysetWindow.of(
                            ids,
                            limit,
                            position != null,
                            counts.getOrDefault(companyId, 0L),
                            userId -> new Keyset(USER_ORDER, userId.toString(), userId)));
        }
        return result;
    }

    /** The company id of each ticket that has one (visibility of the tickets is the caller's business). */
    public Map<Long, Long> ticketCompanyIds(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        return organisations.ticketCompanies(ticketIds).stream()
                .collect(Collectors.toMap(TicketCompany::ticketId, TicketCompany::companyId));
    }

    private UserOrganisation ownOrganisation(Actor actor) {
        return organisations.userOrganisations(List.of(actor.userId())).stream()
                .findFirst()
                .orElse(new UserOrganisation(actor.userId(), null, null));
    }

    private static Collection<Long> onlyOwn(Collection<Long> ids, Long own) {
        return own != null && ids.contains(own) ? List.of(own) : List.of();
    }

    /** Keeps the repository's order within each owner. */
    private static Map<Long, List<Long>> byOwner(List<Membership> memberships) {
        Map<Long, List<Long>> result = new HashMap<>();
        for (Membership m : memberships) {
            result.computeIfAbsent(m.ownerId(), k -> new ArrayList<>()).add(m.userId());
        }
        return result;
    }
}
