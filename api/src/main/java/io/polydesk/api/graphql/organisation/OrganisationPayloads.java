package io.polydesk.api.graphql.organisation;

import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.Department;
import io.polydesk.domain.organisation.UserGroup;
import io.polydesk.domain.user.User;

/** What the organisation mutations answer; one record serves the payload types that share a shape. */
final class OrganisationPayloads {

    private OrganisationPayloads() {}

    record CompanyPayload(Company company) {}

    record DepartmentPayload(Department department) {}

    record UserGroupPayload(UserGroup userGroup) {}

    record TeamPayload(AgentTeam team) {}

    record UserPayload(User user) {}
}
