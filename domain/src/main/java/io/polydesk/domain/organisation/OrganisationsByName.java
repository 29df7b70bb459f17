package io.polydesk.domain.organisation;

import io.polydesk.domain.organisation.CompanyCommand.CreateCompany;
import io.polydesk.domain.organisation.OrganisationCommands.CreateDepartment;
import io.polydesk.domain.shared.Actor;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies and departments named rather than referenced, as legacy APIs send them: the existing one of that name
 * (ignoring case), or a new one registered by an administrator.
 */
@Service
public class OrganisationsByName {

    private final OrganisationRepository organisations;
    private final OrganisationService service;

    public OrganisationsByName(OrganisationRepository organisations, OrganisationService service) {
        this.organisations = organisations;
        this.service = service;
    }

    /** The company of this name, or a new one with these e-mail domains; only administrators create. */
    @Transactional
    public Company companyNamed(Actor actor, CreateCompany c) {
        Actor.requireStaff(actor);
        Optional<Company> existing = organisations.findCompanyByName(c.name());
        return existing.orElseGet(() -> service.createCompany(actor, c));
    }

    /** The live department of this name, or a new one without a company; only administrators create. */
    @Transactional
    public Department departmentNamed(Actor actor, String name) {
        Actor.requireStaff(actor);
        CreateDepartment command = new CreateDepartment(name, null);
        return organisations.listDepartments(null).stream()
                .filter(d -> d.name().equalsIgnoreCase(command.name()))
                .findFirst()
                .orElseGet(() -> service.createDepartment(actor, command));
    }
}
