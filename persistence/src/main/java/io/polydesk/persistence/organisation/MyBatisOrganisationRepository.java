package io.polydesk.persistence.organisation;

import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.CompanyCriteria;
import io.polydesk.domain.organisation.CompanyOrder;
import io.polydesk.domain.organisation.Department;
import io.polydesk.domain.organisation.Membership;
import io.polydesk.domain.organisation.OrganisationRepository;
import io.polydesk.domain.organisation.TicketCompany;
import io.polydesk.domain.organisation.UserGroup;
import io.polydesk.domain.organisation.UserOrganisation;
import io.polydesk.domain.shared.KeysetSearch;
import io.polydesk.domain.shared.NameSearch;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.IdCount;
import io.polydesk.persistence.support.KeysetListing;
import io.polydesk.persistence.support.LikePatterns;
import io.polydesk.persistence.support.NameConditions;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Companies, departments, user groups, teams and the organisation columns of users and tickets. */
@Repository
public class MyBatisOrganisationRepository implements OrganisationRepository {

    private final OrganisationMapper mapper;

    public MyBatisOrganisationRepository(OrganisationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insertCompany(Company company) {
        GeneratedId key = new GeneratedId();
        mapper.insertCompany(CompanyRow.of(company), key);
        return key.value();
    }

    @Override
    public void updateCompany(Company company) {
        expectOne(mapper.updateCompany(CompanyRow.of(company)), "Company", company.id());
    }

    @Override
    public Optional<Company> findCompany(long id) {
        return Optional.ofNullable(mapper.findCompany(id)).map(CompanyRow::toCompany);
    }

    @Override
    public List<Company> findCompaniesByIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : mapper.findCompaniesByIds(ids).stream()
                        .map(CompanyRow::toCompany)
                        .toList();
    }

    @Override
    public Optional<Company> findCompanyByName(String name) {
        return Optional.ofNullable(mapper.findCompanyByName(name)).map(CompanyRow::toCompany);
    }

    @Override
    public List<Company> listCompanies(KeysetSearch<CompanyCriteria, CompanyOrder> search) {
        CompanyCriteria criteria = search.criteria();
        CompanyOrder order = search.order();
        String column = switch (order.field()) {
            case ID -> "c.id";
            case NAME -> "c.name";
            case CREATED_AT -> "c.created_at";
            case UPDATED_AT -> "c.updated_at";
        };
        return mapper
                .listCompanies(
                        criteria,
                        LikePatterns.contains(criteria.text()),
                        KeysetListing.of(
                                search, order.descending(), order.field().kind(), column))
                .stream()
                .map(CompanyRow::toCompany)
                .toList();
    }

    @Override
    public long countCompanies(CompanyCriteria criteria) {
        return mapper.countCompanies(criteria, LikePatterns.contains(criteria.text()));
    }

    @Override
    public long insertDepartment(Department department) {
        GeneratedId key = new GeneratedId();
        mapper.insertDepartment(department, key);
        return key.value();
    }

    @Override
    public void updateDepartment(Department department) {
        expectOne(mapper.updateDepartment(department), "Department", department.id());
    }

    @Override
    public Optional<Department> findDepartment(long id) {
        return Optional.ofNullable(mapper.findDepartment(id));
    }

    @Override
    public List<Department> findDepartmentsByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findDepartmentsByIds(ids);
    }

    @Override
    public boolean departmentNameTaken(String name, long exceptId) {
        return mapper.departmentNameTaken(name, exceptId);
    }

    @Override
    public List<Department> listDepartments(Long companyId) {
        return mapper.listDepartments(companyId);
    }

    @Override
    public long insertUserGroup(UserGroup group) {
        GeneratedId key = new GeneratedId();
        mapper.insertUserGroup(group, key);
        return key.value();
    }

    @Override
    public void updateUserGroup(UserGroup group) {
        expectOne(mapper.updateUserGroup(group), "User group", group.id());
    }

    @Override
    public void deleteUserGroup(long id) {
        mapper.deleteUserGroupMembers(id);
        mapper.deleteUserGroup(id);
    }

    @Override
    public Optional<UserGroup> findUserGroup(long id) {
        return Optional.ofNullable(mapper.findUserGroup(id));
    }

    @Override
    public boolean userGroupNameTaken(String name, long exceptId) {
        return mapper.userGroupNameTaken(name, exceptId);
    }

    @Override
    public List<UserGroup> listUserGroups() {
        return mapper.listUserGroups();
    }

    @Override
    public List<UserGroup> pageUserGroups(NameSearch names, long offset, int limit) {
        return mapper.pageUserGroups(new NameConditions(names), offset, limit);
    }

    @Override
    public boolean addUserGroupMember(long groupId, long userId) {
        return !mapper.isUserGroupMember(groupId, userId) && mapper.addUserGroupMember(groupId, userId) == 1;
    }

    @Override
    public boolean removeUserGroupMember(long groupId, long userId) {
        return mapper.removeUserGroupMember(groupId, userId) == 1;
    }

    @Override
    public List<Membership> userGroupMembers(Collection<Long> groupIds) {
        return groupIds.isEmpty() ? List.of() : mapper.userGroupMembers(groupIds);
    }

    @Override
    public long insertTeam(AgentTeam team) {
        GeneratedId key = new GeneratedId();
        mapper.insertTeam(team, key);
        return key.value();
    }

    @Override
    public void updateTeam(AgentTeam team) {
        expectOne(mapper.updateTeam(team), "Team", team.id());
    }

    @Override
    public Optional<AgentTeam> findTeam(long id) {
        return Optional.ofNullable(mapper.findTeam(id));
    }

    @Override
    public List<AgentTeam> findTeamsByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findTeamsByIds(ids);
    }

    @Override
    public boolean teamNameTaken(String name, long exceptId) {
        return mapper.teamNameTaken(name, exceptId);
    }

    @Override
    public List<AgentTeam> listTeams() {
        return mapper.listTeams();
    }

    @Override
    public List<AgentTeam> teamsOfMember(long userId) {
        return mapper.teamsOfMember(userId);
    }

    @Override
    public List<UserGroup> userGroupsOfMember(long userId) {
        return mapper.userGroupsOfMember(userId);
    }

    @Override
    public boolean addTeamMember(long teamId, long userId) {
        return !mapper.isTeamMember(teamId, userId) && mapper.addTeamMember(teamId, userId) == 1;
    }

    @Override
    public boolean removeTeamMember(long teamId, long userId) {
        return mapper.removeTeamMember(teamId, userId) == 1;
    }

    @Override
    public List<Membership> teamMembers(Collection<Long> teamIds) {
        return teamIds.isEmpty() ? List.of() : mapper.teamMembers(teamIds);
    }

    @Override
    public List<UserOrganisation> userOrganisations(Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : mapper.userOrganisations(userIds);
    }

    @Override
    public void setUserOrganisation(long userId, Long companyId, Long departmentId) {
        expectOne(mapper.setUserOrganisation(userId, companyId, departmentId), "User", userId);
    }

    @Override
    public List<Membership> companyUsers(Collection<Long> companyIds, Long afterUserId, int limit) {
        return companyIds.isEmpty() ? List.of() : mapper.companyUsers(companyIds, afterUserId, limit);
    }

    @Override
    public Map<Long, Long> companyUserCounts(Collection<Long> companyIds) {
        return companyIds.isEmpty() ? Map.of() : IdCount.toMap(companyIds, mapper.companyUserCounts(companyIds));
    }

    @Override
    public void assignTicketCompanyFromRequester(long ticketId) {
        mapper.assignTicketCompanyFromRequester(ticketId);
    }

    @Override
    public List<TicketCompany> ticketCompanies(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : mapper.ticketCompanies(ticketIds);
    }

    private static void expectOne(int rows, String what, long id) {
        if (rows != 1) {
            throw new IllegalStateException(what + " " + id + " does not exist");
        }
    }

    @Override
    public void moveMemberships(long sourceUserId, long targetUserId, boolean teamsToo) {
        mapper.deleteGroupMembershipsBoth(sourceUserId, targetUserId);
        mapper.moveGroupMemberships(sourceUserId, targetUserId);
        if (teamsToo) {
            mapper.deleteTeamMembershipsBoth(sourceUserId, targetUserId);
            mapper.moveTeamMemberships(sourceUserId, targetUserId);
        } else {
            mapper.deleteTeamMemberships(sourceUserId);
        }
    }
}
