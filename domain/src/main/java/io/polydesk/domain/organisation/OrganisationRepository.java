package io.polydesk.domain.organisation;

import io.polydesk.domain.shared.KeysetSearch;
import io.polydesk.domain.shared.NameSearch;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where companies, departments, user groups, teams and the links of users and tickets to them are kept. */
public interface OrganisationRepository {

    long insertCompany(Company company);

    void updateCompany(Company company);

    Optional<Company> findCompany(long id);

    List<Company> findCompaniesByIds(Collection<Long> ids);

    /** Compares ignoring case, archived companies included: names stay unique. */
    Optional<Company> findCompanyByName(String name);

    /** Companies in the search's order, id breaking ties the same way, after its keyset position if any. */
    List<Company> listCompanies(KeysetSearch<CompanyCriteria, CompanyOrder> search);

    long countCompanies(CompanyCriteria criteria);

    long insertDepartment(Department department);

    void updateDepartment(Department department);

    Optional<Department> findDepartment(long id);

    List<Department> findDepartmentsByIds(Collection<Long> ids);

    boolean departmentNameTaken(String name, long exceptId);

    /** Live departments by name; of one company when {@code companyId} is given. */
    List<Department> listDepartments(Long companyId);

    long insertUserGroup(UserGroup group);

    void updateUserGroup(UserGroup group);

    /** Removes the group and its memberships. */
    void deleteUserGroup(long id);

    Optional<UserGroup> findUserGroup(long id);

    boolean userGroupNameTaken(String name, long exceptId);

    List<UserGroup> listUserGroups();

    /** Groups whose names match, by name and id, {@code limit} rows after {@code offset}. */
    List<UserGroup> pageUserGroups(NameSearch names, long offset, int limit);

    /** Answers whether the user was not a member yet. */
    boolean addUserGroupMember(long groupId, long userId);

    boolean removeUserGroupMember(long groupId, long userId);

    List<Membership> userGroupMembers(Collection<Long> groupIds);

    long insertTeam(AgentTeam team);

    void updateTeam(AgentTeam team);

    Optional<AgentTeam> findTeam(long id);

    List<AgentTeam> findTeamsByIds(Collection<Long> ids);

    boolean teamNameTaken(String name, long exceptId);

    List<AgentTeam> listTeams();

    /** The live teams {@code userId} belongs to, by name. */
    List<AgentTeam> teamsOfMember(long userId);

    /** The user groups {@code userId} belongs to, by name. */
    List<UserGroup> userGroupsOfMember(long userId);

    boolean addTeamMember(long teamId, long userId);

    boolean removeTeamMember(long teamId, long userId);

    List<Membership> teamMembers(Collection<Long> teamIds);

    /** One entry per requested user that exists. */
    List<UserOrganisation> userOrganisations(Collection<Long> userIds);

    void setUserOrganisation(long userId, Long companyId, Long departmentId);

    /**
     * The users of each company, by id, after {@code afterUserId} when given, at most {@code limit} per
     * company: one query for many companies.
     */
    List<Membership> companyUsers(Collection<Long> companyIds, Long afterUserId, int limit);

    /** Users per company, for the given companies; every requested company has an entry. */
    Map<Long, Long> companyUserCounts(Collection<Long> companyIds);

    /** Copies the requester's company onto the ticket. */
    void assignTicketCompanyFromRequester(long ticketId);

    /** The company of each requested ticket that has one. */
    List<TicketCompany> ticketCompanies(Collection<Long> ticketIds);

    /**
     * A user merge: the source's group memberships become the target's (without duplicates); its team
     * memberships move too when {@code teamsToo}, and are dropped otherwise.
     */
    void moveMemberships(long sourceUserId, long targetUserId, boolean teamsToo);
}
