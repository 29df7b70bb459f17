package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.CompanyCommand.CreateCompany;
import io.polydesk.domain.organisation.CompanyOrder;
import io.polydesk.domain.organisation.OrganisationQueries;
import io.polydesk.domain.organisation.OrganisationsByName;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.shared.CursorPage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code Categories} (Polydesk's projects), {@code Companies}, {@code Company} (create answering the new or existing
 * id) and {@code Departments}.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitOrganisationMethods implements JitbitMethods {

    private static final int PAGE = 100;

    private final ProjectService projects;
    private final OrganisationQueries organisations;
    private final OrganisationsByName byName;
    private final JitbitOrganisationConverter converter;

    JitbitOrganisationMethods(
            ProjectService projects,
            OrganisationQueries organisations,
            OrganisationsByName byName,
            JitbitOrganisationConverter converter) {
        this.projects = projects;
        this.organisations = organisations;
        this.byName = byName;
        this.converter = converter;
    }

    @Override
    public void register(JitbitRoutes routes) {
        routes.read(
                "Categories",
                call -> projects.list(call.actor()).stream()
                        .map(converter::toCategory)
                        .toList());
        routes.read("Companies", this::companies);
        routes.write("Company", this::company);
        routes.read(
                "Departments",
                call -> organisations.departments(call.actor(), null).stream()
                        .map(converter::toDepartment)
                        .toList());
    }

    /** Every company the caller may see, by name; {@code /api/Companies/5} answers the one company. */
    private Object companies(JitbitCall call) {
        Long id = call.optionalId("id");
        call.params().validate();
        if (id != null) {
            return converter.toCompany(organisations.company(call.actor(), id));
        }
        List<Company> all = new ArrayList<>();
        String after = null;
        CursorPage<Company> page;
        do {
            page = organisations.companies(call.actor(), null, false, CompanyOrder.BY_NAME, PAGE, after);
            page.edges().forEach(e -> all.add(e.node()));
            after = page.edges().isEmpty()
                    ? null
                    : page.edges().get(page.edges().size() - 1).cursor();
        } while (page.hasNext() && after != null);
        return all.stream().map(converter::toCompany).toList();
    }

    /** Answers the id of the company of that name, created when there is none. */
    private Object company(JitbitCall call) {
        String name = call.requiredText("name");
        String domains = call.params().text("emailDomains");
        call.params().validate();
        List<String> list = domains == null
                ? List.of()
                : Arrays.stream(domains.split("[;,]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return byName.companyNamed(call.actor(), new CreateCompany(name, null, list))
                .id();
    }
}
