package io.polydesk.persistence.organisation;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketCompanies;
import io.polydesk.domain.ticket.TicketCriteria;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketSearch;
import io.polydesk.domain.ticket.TicketTeams;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

abstract class OrganisationRepositoryContract extends RepositoryTest {

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    TicketCompanies ticketCompanies;

    @Autowired
    TicketTeams ticketTeams;

    private Company newCompany(String name) {
        long id = organisations.insertCompany(new Company(0, name, null, List.of(), false, T0, T0));
        return organisations.findCompany(id).orElseThrow();
    }

    @Test
    void companyReadsBackWithEveryFieldIncludingItsDomains() {
        String name = unique("Megacorp");
        long id = organisations.insertCompany(new Company(
                0, name, "Key account", List.of("megacorp.com", "mega.example"), false, T0, T0.plusSeconds(1)));

        assertThat(organisations.findCompany(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new Company(
                        id,
                        name,
                        "Key account",
                        List.of("megacorp.com", "mega.example"),
                        false,
                        T0,
                        T0.plusSeconds(1)));
        assertThat(organisations.findCompany(-1)).isEmpty();
    }

    @Test
    void companyUpdateWritesEveryMutableField() {
        Company c = newCompany(unique("Acme"));
        String renamed = unique("Acme Renamed");

        organisations.updateCompany(
                new Company(c.id(), renamed, "notes", List.of("acme.io"), true, T0.minusSeconds(9), T0.plusSeconds(5)));

        assertThat(organisations.findCompany(c.id()))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new Company(
                        c.id(), renamed, "notes", List.of("acme.io"), true, c.createdAt(), T0.plusSeconds(5)));
    }

    @Test
    void companyNameLookupIgnoresCase() {
        Company c = newCompany(unique("Initech"));

        assertThat(organisations.findCompanyByName(c.name().toUpperCase()))
                .get()
                .extracting(Company::id)
                .isEqualTo(c.id());
        assertThat(organisations.findCompanyByName(unique("nobody"))).isEmpty();
    }

    @Test
    void companyListingWalksByNameWithKeysetAndLeavesArchivedOutUnlessAsked() {
        String prefix = unique("walk");
        Company b = newCompany(prefix + "-b");
        Company a = newCompany(prefix + "-a");
        Company c = newCompany(prefix + "-c");
        long archived = organisations.insertCompany(new Company(0, prefix + "-d", null, List.of(), true, T0, T0));
        CompanyCriteria live = new CompanyCriteria(prefix, false, null);

        List<Company> first = organisations.listCompanies(byName(live, 2));
        List<Company> rest = organisations.listCompanies(new KeysetSearch<>(
                live,
                CompanyOrder.BY_NAME,
                first.get(1).id(),
                null,
                first.get(1).name(),
                2));

        assertThat(first).extracting(Company::id).containsExactly(a.id(), b.id());
        assertThat(rest).extracting(Company::id).containsExactly(c.id());
        assertThat(organisations.countCompanies(live)).isEqualTo(3);
        assertThat(organisations.countCompanies(new CompanyCriteria(prefix, true, null)))
                .isEqualTo(4);
        assertThat(organisations.listCompanies(byName(new CompanyCriteria(prefix, true, null), 10)))
                .extracting(Company::id)
                .contains(archived);
        assertThat(organisations.listCompanies(byName(new CompanyCriteria(prefix, false, b.id()), 10)))
                .extracting(Company::id)
                .containsExactly(b.id());
    }

    @Test
    void companyTextFilterTakesWildcardsLiterally() {
        String prefix = unique("lit");
        Company percent = newCompany(prefix + " 100% Ltd");
        newCompany(prefix + " 1000 Ltd");

        assertThat(organisations.listCompanies(byName(new CompanyCriteria(prefix + " 100%", false, null), 10)))
                .extracting(Company::id)
                .containsExactly(percent.id());
    }

    @Test
    void departmentsReadBackAndListPerCompany() {
        Company co = newCompany(unique("DeptCo"));
        String name = unique("Sales");
        long id = organisations.insertDepartment(new Department(0, name, co.id(), false, T0, T0));
        long other = organisations.insertDepartment(new Department(0, unique("IT"), null, false, T0, T0));

        assertThat(organisations.findDepartment(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new Department(id, name, co.id(), false, T0, T0));
        assertThat(organisations.listDepartments(co.id()))
                .extracting(Department::id)
                .containsExactly(id);
        assertThat(organisations.listDepartments(null))
                .extracting(Department::id)
                .contains(id, other);
        assertThat(organisations.departmentNameTaken(name.toUpperCase(), 0)).isTrue();
        assertThat(organisations.departmentNameTaken(name, id)).isFalse();
        assertThat(organisations.findDepartmentsByIds(List.of(id, other)))
                .extracting(Department::id)
                .containsExactlyInAnyOrder(id, other);

        organisations.updateDepartment(new Department(id, name, null, true, T0, T0.plusSeconds(3)));
        assertThat(organisations.listDepartments(co.id())).isEmpty();
    }

    @Test
    void userGroupMembershipIsASetAndDeletingTheGroupRemovesIt() {
        User u1 = newUser(Role.CUSTOMER);
        User u2 = newUser(Role.AGENT);
        long g = organisations.insertUserGroup(new UserGroup(0, unique("Managers"), "desc", T0, T0));

        assertThat(organisations.addUserGroupMember(g, u1.id())).isTrue();
        assertThat(organisations.addUserGroupMember(g, u1.id())).isFalse();
        assertThat(organisations.addUserGroupMember(g, u2.id())).isTrue();
        assertThat(organisations.userGroupMembers(List.of(g)))
                .containsExactly(new Membership(g, u1.id()), new Membership(g, u2.id()));
        assertThat(organisations.removeUserGroupMember(g, u1.id())).isTrue();
        assertThat(organisations.removeUserGroupMember(g, u1.id())).isFalse();

        organisations.deleteUserGroup(g);

        assertThat(organisations.findUserGroup(g)).isEmpty();
        assertThat(organisations.userGroupMembers(List.of(g))).isEmpty();
    }

    @Test
    void aMergedUsersMembershipsGoToTheTargetWithoutDuplicatesAndTeamsOnlyWhenAsked() {
        User source = newUser(Role.AGENT);
        User staffTarget = newUser(Role.AGENT);
        long onlySource = organisations.insertUserGroup(new UserGroup(0, unique("Only source"), null, T0, T0));
        long both = organisations.insertUserGroup(new UserGroup(0, unique("Both"), null, T0, T0));
        long team = organisations.insertTeam(new AgentTeam(0, unique("Desk"), null, false, T0, T0));
        organisations.addUserGroupMember(onlySource, source.id());
        organisations.addUserGroupMember(both, source.id());
        organisations.addUserGroupMember(both, staffTarget.id());
        organisations.addTeamMember(team, source.id());

        organisations.moveMemberships(source.id(), staffTarget.id(), true);

        assertThat(organisations.userGroupMembers(List.of(onlySource, both)))
                .containsExactly(new Membership(onlySource, staffTarget.id()), new Membership(both, staffTarget.id()));
        assertThat(organisations.teamMembers(List.of(team))).containsExactly(new Membership(team, staffTarget.id()));

        User customerTarget = newUser(Role.CUSTOMER);
        organisations.moveMemberships(staffTarget.id(), customerTarget.id(), false);

        assertThat(organisations.teamMembers(List.of(team))).isEmpty();
        assertThat(organisations.userGroupMembers(List.of(both)))
                .containsExactly(new Membership(both, customerTarget.id()));
    }

    @Test
    void teamsGainDescriptionArchivingAndMembers() {
        User agent = newUser(Role.AGENT);
        String name = unique("Hardware");
        long t = organisations.insertTeam(new AgentTeam(0, name, "Fixes things", false, T0, T0));

        assertThat(organisations.findTeam(t))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new AgentTeam(t, name, "Fixes things", false, T0, T0));
        assertThat(organisations.listTeams()).extracting(AgentTeam::id).contains(t);
        assertThat(organisations.teamNameTaken(name.toLowerCase(), 0)).isTrue();
        assertThat(organisations.addTeamMember(t, agent.id())).isTrue();
        assertThat(organisations.teamMembers(List.of(t))).containsExactly(new Membership(t, agent.id()));

        organisations.updateTeam(new AgentTeam(t, name, null, true, T0, T0.plusSeconds(1)));

        assertThat(organisations.listTeams()).extracting(AgentTeam::id).doesNotContain(t);
        assertThat(organisations.findTeamsByIds(List.of(t)))
                .singleElement()
                .extracting(AgentTeam::archived)
                .isEqualTo(true);
    }

    @Test
    void teamsCreatedBeforeThisSliceReadWithoutTimestamps() {
        String name = unique("Legacy");
        jdbc.update("INSERT INTO teams (name) VALUES (?)", name);
        long id = jdbc.queryForObject("SELECT id FROM teams WHERE name = ?", Long.class, name);

        assertThat(organisations.findTeam(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new AgentTeam(id, name, null, false, null, null));
    }

    /** Moved here from the catalog contract when its second team model went; same rows, same assertions. */
    @Test
    void teamsAreFoundByIdAndLiveOnesListedByName() {
        String prefix = unique("team");
        jdbc.update("INSERT INTO teams (name) VALUES (?)", prefix + "-support");
        jdbc.update("INSERT INTO teams (name) VALUES (?)", prefix + "-billing");
        long support = jdbc.queryForObject("SELECT id FROM teams WHERE name = ?", Long.class, prefix + "-support");
        long billing = jdbc.queryForObject("SELECT id FROM teams WHERE name = ?", Long.class, prefix + "-billing");

        assertThat(organisations.findTeam(support))
                .contains(new AgentTeam(support, prefix + "-support", null, false, null, null));
        assertThat(organisations.findTeam(-1)).isEmpty();
        assertThat(organisations.listTeams().stream().filter(t -> t.name().startsWith(prefix)))
                .extracting(AgentTeam::id)
                .containsExactly(billing, support);
    }

    @Test
    void ticketsAndTasksMayBeRoutedOnlyToAnExistingUnarchivedTeam() {
        long live = organisations.insertTeam(new AgentTeam(0, unique("Live"), null, false, T0, T0));
        long archived = organisations.insertTeam(new AgentTeam(0, unique("Gone"), null, true, T0, T0));

        assertThat(ticketTeams.isLive(live)).isTrue();
        assertThat(ticketTeams.isLive(archived)).isFalse();
        assertThat(ticketTeams.isLive(-1)).isFalse();
    }

    @Test
    void usersAreLinkedToCompanyAndDepartmentAndPagedPerCompanyInOneQuery() {
        Company a = newCompany(unique("A"));
        Company b = newCompany(unique("B"));
        long dept = organisations.insertDepartment(new Department(0, unique("Ops"), a.id(), false, T0, T0));
        List<Long> aUsers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            User u = newUser(Role.CUSTOMER);
            organisations.setUserOrganisation(u.id(), a.id(), i == 0 ? dept : null);
            aUsers.add(u.id());
        }
        User bUser = newUser(Role.CUSTOMER);
        organisations.setUserOrganisation(bUser.id(), b.id(), null);
        User loner = newUser(Role.CUSTOMER);

        assertThat(organisations.userOrganisations(List.of(aUsers.get(0), loner.id())))
                .containsExactly(
                        new UserOrganisation(aUsers.get(0), a.id(), dept),
                        new UserOrganisation(loner.id(), null, null));
        assertThat(organisations.companyUsers(List.of(a.id(), b.id()), null, 2))
                .containsExactly(
                        new Membership(a.id(), aUsers.get(0)),
                        new Membership(a.id(), aUsers.get(1)),
                        new Membership(b.id(), bUser.id()));
        assertThat(organisations.companyUsers(List.of(a.id()), aUsers.get(1), 2))
                .containsExactly(new Membership(a.id(), aUsers.get(2)));
        assertThat(organisations.companyUserCounts(List.of(a.id(), b.id(), -1L)))
                .containsEntry(a.id(), 3L)
                .containsEntry(b.id(), 1L)
                .containsEntry(-1L, 0L);
    }

    @Test
    void aTicketTakesItsRequestersCompany() {
        Company co = newCompany(unique("TicketCo"));
        User requester = newUser(Role.CUSTOMER);
        organisations.setUserOrganisation(requester.id(), co.id(), null);
        User loner = newUser(Role.CUSTOMER);
        Ticket filed = aTicket(requester).insert();
        Ticket lonely = aTicket(loner).insert();

        organisations.assignTicketCompanyFromRequester(filed.id());
        organisations.assignTicketCompanyFromRequester(lonely.id());

        assertThat(organisations.ticketCompanies(List.of(filed.id(), lonely.id())))
                .containsExactly(new TicketCompany(filed.id(), co.id()));
    }

    @Test
    void aTicketsCompanyIsSetClearedAndFilteredOn() {
        Company co = newCompany(unique("FilterCo"));
        Company archived = newCompany(unique("GoneCo"));
        organisations.updateCompany(new Company(archived.id(), archived.name(), null, List.of(), true, T0, T0));
        Ticket moved = aTicket(newUser(Role.CUSTOMER)).insert();
        Ticket other = aTicket(newUser(Role.CUSTOMER)).insert();

        ticketCompanies.setCompany(moved.id(), co.id());

        assertThat(ticketCompanies.companyOf(moved.id())).isEqualTo(co.id());
        assertThat(ticketCompanies.companyOf(other.id())).isNull();
        assertThat(ticketCompanies.isLive(co.id())).isTrue();
        assertThat(ticketCompanies.isLive(archived.id())).isFalse();
        assertThat(ticketCompanies.isLive(-1)).isFalse();
        TicketCriteria ofCompany = TicketCriteria.builder().companyId(co.id()).build();
        assertThat(tickets.search(TicketSearch.atOffset(ofCompany, TicketOrder.NEWEST_FIRST, 0, 10)))
                .extracting(Ticket::id)
                .containsExactly(moved.id());
        assertThat(tickets.count(ofCompany)).isEqualTo(1);

        ticketCompanies.setCompany(moved.id(), null);

        assertThat(ticketCompanies.companyOf(moved.id())).isNull();
        assertThat(tickets.count(ofCompany)).isZero();
    }

    private static KeysetSearch<CompanyCriteria, CompanyOrder> byName(CompanyCriteria criteria, int limit) {
        return KeysetSearch.first(criteria, CompanyOrder.BY_NAME, limit);
    }
}
