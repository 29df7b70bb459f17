package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitCategory;
import io.polydesk.compat.jitbit.dto.JitbitCompany;
import io.polydesk.compat.jitbit.dto.JitbitDepartment;
import io.polydesk.compat.support.CompatMapperConfig;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.Department;
import io.polydesk.domain.project.Project;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Projects as Jitbit's categories, companies and departments. */
@Mapper(config = CompatMapperConfig.class)
interface JitbitOrganisationConverter {

    @Mapping(target = "categoryID", source = "id")
    @Mapping(target = "name", source = "name")
    @Mapping(target = "sectionID", ignore = true)
    @Mapping(target = "section", ignore = true)
    @Mapping(target = "nameWithSection", source = "name")
    @Mapping(target = "forTechsOnly", constant = "false")
    @Mapping(target = "fromAddress", ignore = true)
    JitbitCategory toCategory(Project project);

    @Mapping(target = "companyID", source = "id")
    @Mapping(target = "emailDomain", source = "emailDomains")
    @Mapping(target = "disabled", source = "archived")
    JitbitCompany toCompany(Company company);

    @Mapping(target = "departmentID", source = "id")
    @Mapping(target = "companyID", source = "companyId")
    JitbitDepartment toDepartment(Department department);

    default String domains(List<String> domains) {
        return domains == null || domains.isEmpty() ? null : String.join(";", domains);
    }
}
