package io.polydesk.api.graphql.organisation;

import io.polydesk.api.graphql.support.SortDirection;
import io.polydesk.domain.organisation.CompanyOrder;
import java.util.List;
import org.springframework.graphql.data.ArgumentValue;

/** The organisation mutations' inputs as the schema declares them; ids stay strings until parsed. */
final class OrganisationInputs {

    private OrganisationInputs() {}

    record CompanyFilterInput(String text, Boolean includeArchived) {}

    record CompanyOrderInput(CompanyOrder.Field field, SortDirection direction) {

        CompanyOrder toOrder() {
            CompanyOrder.Field f = field == null ? CompanyOrder.BY_NAME.field() : field;
            return new CompanyOrder(f, SortDirection.descending(direction, CompanyOrder.BY_NAME.descending()));
        }
    }

    record CreateCompanyInput(String name, String notes, List<String> emailDomains) {}

    record UpdateCompanyInput(
            String id,
            ArgumentValue<String> name,
            ArgumentValue<String> notes,
            ArgumentValue<List<String>> emailDomains) {}

    record IdInput(String id) {}

    record CreateDepartmentInput(String name, String companyId) {}

    record UpdateDepartmentInput(String id, ArgumentValue<String> name, ArgumentValue<String> companyId) {}

    record CreateNamedInput(String name, String description) {}

    record UpdateNamedInput(String id, ArgumentValue<String> name, ArgumentValue<String> description) {}

    record UserGroupMemberInput(String userGroupId, String userId) {}

    record TeamMemberInput(String teamId, String userId) {}

    record SetUserOrganisationInput(
            String userId, ArgumentValue<String> companyId, ArgumentValue<String> departmentId) {}
}
