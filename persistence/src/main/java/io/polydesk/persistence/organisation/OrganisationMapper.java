package io.polydesk.persistence.organisation;

import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.CompanyCriteria;
import io.polydesk.domain.organisation.Department;
import io.polydesk.domain.organisation.Membership;
import io.polydesk.domain.organisation.TicketCompany;
import io.polydesk.domain.organisation.UserGroup;
import io.polydesk.domain.organisation.UserOrganisation;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.IdCount;
import io.polydesk.persistence.support.KeysetListing;
import io.polydesk.persistence.support.NameConditions;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for the organisation tables; statements live in {@code OrganisationMapper.xml}. */
@Mapper
public interface OrganisationMapper {

    void insertCompany(@Param("company") CompanyRow company, @Param("key") GeneratedId key);

    int updateCompany(@Param("company") CompanyRow company);

    CompanyRow findCompany(@Param("id") long id);

    List<CompanyRow> findCompaniesByIds(@Param("ids") Collection<Long> ids);

    CompanyRow findCompanyByName(@Param("name") String name);

    List<CompanyRow> listCompanies(
            @Param("c") CompanyCriteria criteria,
            @Param("textPattern") String textPattern,
            @Param("q") KeysetListing window);

    long countCompanies(@Param("c") CompanyCriteria criteria, @Param("textPattern") String textPattern);

    void insertDepartment(@Param("department") Department department, @Param("key") GeneratedId key);

    int updateDepartment(@Param("department") Department department);

    Department findDepartment(@Param("id") long id);

    List<Department> findDepartmentsByIds(@Param("ids") Collection<Long> ids);

    boolean departmentNameTaken(@Param("name") String name, @Param("exceptId") long exceptId);

    List<Department> listDepartments(@Param("companyId") Long companyId);

    void insertUserGroup(@Param("group") UserGroup group, @Param("key") GeneratedId key);

    int updateUserGroup(@Param("group") UserGroup group);

    void deleteUserGroupMembers(@Param("groupId") long groupId);

    int deleteUserGroup(@Param("id") long id);

    UserGroup findUserGroup(@Param("id") long id);

    boolean userGroupNameTaken(@Param("name") String name, @Param("exceptId") long exceptId);

    List<UserGroup> listUserGroups();

    List<UserGroup> pageUserGroups(
            @Param("names") NameConditions names, @Param("offset") long offset, @Param("limit") int limit);

    boolean isUserGroupMember(@Param("groupId") long groupId, @Param("userId") long userId);

    int addUserGroupMember(@Param("groupId") long groupId, @Param("userId") long userId);

    int removeUserGroupMember(@Param("groupId") long groupId, @Param("userId") long userId);

    List<Membership> userGroupMembers(@Param("ids") Collection<Long> groupIds);

    void insertTeam(@Param("team") AgentTeam team, @Param("key") GeneratedId key);

    int updateTeam(@Param("team") AgentTeam team);

    AgentTeam findTeam(@Param("id") long id);

    List<AgentTeam> findTeamsByIds(@Param("ids") Collection<Long> ids);

    boolean teamNameTaken(@Param("name") String name, @Param("exceptId") long exceptId);

    List<AgentTeam> listTeams();

    List<AgentTeam> teamsOfMember(@Param("userId") long userId);

    List<UserGroup> userGroupsOfMember(@Param("userId") long userId);

    boolean isTeamMember(@Param("teamId") long teamId, @Param("userId") long userId);

    int addTeamMember(@Param("teamId") long teamId, @Param("userId") long userId);

    int removeTeamMember(@Param("teamId") long teamId, @Param("userId") long userId);

    List<Membership> teamMembers(@Param("ids") Collection<Long> teamIds);

    List<UserOrganisation> userOrganisations(@Param("ids") Collection<Long> userIds);

    int setUserOrganisation(
            @Param("userId") long userId, @Param("companyId") Long companyId, @Param("departmentId") Long departmentId);

    List<Membership> companyUsers(
            @Param("ids") Collection<Long> companyIds,
            @Param("afterUserId") Long afterUserId,
            @Param("limit") int limit);

    List<IdCount> companyUserCounts(@Param("ids") Collection<Long> companyIds);

    void assignTicketCompanyFromRequester(@Param("ticketId") long ticketId);

    List<TicketCompany> ticketCompanies(@Param("ids") Collection<Long> ticketIds);

    int setTicketCompany(@Param("ticketId") long ticketId, @Param("companyId") Long companyId);

    int deleteGroupMembershipsBoth(@Param("source") long sourceUserId, @Param("target") long targetUserId);

    int moveGroupMemberships(@Param("source") long sourceUserId, @Param("target") long targetUserId);

    int deleteTeamMembershipsBoth(@Param("source") long sourceUserId, @Param("target") long targetUserId);

    int moveTeamMemberships(@Param("source") long sourceUserId, @Param("target") long targetUserId);

    int deleteTeamMemberships(@Param("userId") long userId);
}
