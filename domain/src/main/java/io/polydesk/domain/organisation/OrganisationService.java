package io.polydesk.domain.organisation;

import io.polydesk.domain.organisation.CompanyCommand.CreateCompany;
import io.polydesk.domain.organisation.CompanyCommand.UpdateCompany;
import io.polydesk.domain.organisation.OrganisationCommands.CreateDepartment;
import io.polydesk.domain.organisation.OrganisationCommands.SetUserOrganisation;
import io.polydesk.domain.organisation.OrganisationCommands.UpdateDepartment;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes of companies and departments, and of which a user belongs to: administrators only. */
@Service
@Transactional
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final UserRepository users;
    private final Clock clock;

    public OrganisationService(OrganisationRepository organisations, UserRepository users, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.clock = clock;
    }

    public Company createCompany(Actor actor, CreateCompany c) {
        Actor.requireAdmin(actor);
        new Validation()
                .check(organisations.findCompanyByName(c.name()).isEmpty(), "name", "is already taken")
                .throwIfInvalid();
        Instant now = now();
        long id = organisations.insertCompany(new Company(0, c.name(), c.notes(), c.emailDomains(), false, now, now));
        return organisations.findCompany(id).orElseThrow();
    }

    public Company updateCompany(Actor actor, UpdateCompany c) {
        Actor.requireAdmin(actor);
        Company current = company(c.id());
        String name = c.name().orElse(current.name());
        new Validation()
                .check(
                        organisations
                                .findCompanyByName(name)
                                .filter(o -> o.id() != current.id())
                                .isEmpty(),
                        "name",
                        "is already taken")
                .throwIfInvalid();
        organisations.updateCompany(new Company(
                current.id(),
                name,
                c.notes().orElse(current.notes()),
                c.emailDomains().orElse(current.emailDomains()),
                current.archived(),
                current.createdAt(),
                now()));
        return organisations.findCompany(current.id()).orElseThrow();
    }

    /** Archived companies leave the default listing; users and tickets keep pointing at them. */
    public Company archiveCompany(Actor actor, long id) {
        Actor.requireAdmin(actor);
        Company current = company(id);
        organisations.updateCompany(new Company(
                id, current.name(), current.notes(), current.emailDomains(), true, current.createdAt(), now()));
        return organisations.findCompany(id).orElseThrow();
    }

    public Department createDepartment(Actor actor, CreateDepartment c) {
        Actor.requireAdmin(actor);
        Validation v = new Validation();
        checkLiveCompany(c.companyId(), "companyId", v);
        v.check(!organisations.departmentNameTaken(c.name(), 0), "name", "is already taken")
                .throwIfInvalid();
        Instant now = now();
        long id = organisations.insertDepartment(new Department(0, c.name(), c.companyId(), false, now, now));
        return organisations.findDepartment(id).orElseThrow();
    }

    public Department updateDepartment(Actor actor, UpdateDepartment c) {
        Actor.requireAdmin(actor);
        Department current = department(c.id());
        String name = c.name().orElse(current.name());
        Long companyId = c.companyId().orElse(current.companyId());
        Validation v = new Validation();
        if (c.companyId().isPresent() && !Objects.equals(companyId, current.companyId())) {
            checkLiveCompany(companyId, "companyId", v);
        }
        v.check(!organisations.departmentNameTaken(name, current.id()), "name", "is already taken")
                .throwIfInvalid();
        organisations.updateDepartment(
                new Department(current.id(), name, companyId, current.archived(), current.createdAt(), now()));
        return organisations.findDepartment(current.id()).orElseThrow();
    }

    public Department archiveDepartment(Actor actor, long id) {
        Actor.requireAdmin(actor);
        Department current = department(id);
        organisations.updateDepartment(
                new Department(id, current.name(), current.companyId(), true, current.createdAt(), now()));
        return organisations.findDepartment(id).orElseThrow();
    }

    /**
     * Places a user in a company and department. A department that belongs to a company can only be combined
     * with that company.
     */
    public UserOrganisation setUserOrganisation(Actor actor, SetUserOrganisation c) {
        Actor.requireAdmin(actor);
        user(c.userId());
        UserOrganisation current = organisations.userOrganisations(List.of(c.userId())).stream()
                .findFirst()
                .orElse(new UserOrganisation(c.userId(), null, null));
        Long companyId = c.companyId().orElse(current.companyId());
        Long departmentId = c.departmentId().orElse(current.departmentId());
        Validation v = new Validation();
        if (c.companyId().isPresent() && !Objects.equals(companyId, current.companyId())) {
            checkLiveCompany(companyId, "companyId", v);
        }
        if (departmentId != null) {
            Department department = organisations.findDepartment(departmentId).orElse(null);
            if (department == null || (department.archived() && !departmentId.equals(current.departmentId()))) {
                v.add("departmentId", "no such department");
            } else if (department.companyId() != null && !department.companyId().equals(companyId)) {
                v.add("departmentId", "belongs to another company");
            }
        }
        v.throwIfInvalid();
        organisations.setUserOrganisation(c.userId(), companyId, departmentId);
        return new UserOrganisation(c.userId(), companyId, departmentId);
    }

    private void checkLiveCompany(Long companyId, String field, Validation v) {
        if (companyId != null) {
            v.check(
                    organisations
                            .findCompany(companyId)
                            .filter(co -> !co.archived())
                            .isPresent(),
                    field,
                    "no such company");
        }
    }

    private Company company(long id) {
        return organisations.findCompany(id).orElseThrow(() -> DomainException.notFound("Company", id));
    }

    private Department department(long id) {
        return organisations.findDepartment(id).orElseThrow(() -> DomainException.notFound("Department", id));
    }

    private User user(long id) {
        return users.findById(id).orElseThrow(() -> DomainException.notFound("User", id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
