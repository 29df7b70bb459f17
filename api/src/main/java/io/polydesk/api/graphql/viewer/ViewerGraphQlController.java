package io.polydesk.api.graphql.viewer;

import io.polydesk.domain.organisation.AgentTeam;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.Department;
import io.polydesk.domain.organisation.OrganisationQueries;
import io.polydesk.domain.organisation.UserGroup;
import io.polydesk.domain.organisation.UserOrganisation;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.user.UserQueries;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/**
 * {@code viewer}: the caller with what a UI shows around them. Every field reads the caller's own rows, so it
 * needs no visibility rule beyond being signed in; each is one query, asked only when selected.
 */
@Controller
class ViewerGraphQlController {

    private final UserQueries users;
    private final OrganisationQueries organisations;

    ViewerGraphQlController(UserQueries users, OrganisationQueries organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @QueryMapping
    Viewer viewer(@AuthenticationPrincipal Actor actor) {
        return new Viewer(actor, users.me(actor));
    }

    @SchemaMapping(typeName = "Viewer")
    List<AgentTeam> teams(Viewer viewer) {
        return organisations.ownTeams(viewer.actor());
    }

    @SchemaMapping(typeName = "Viewer")
    List<UserGroup> groups(Viewer viewer) {
        return organisations.ownUserGroups(viewer.actor());
    }

    @SchemaMapping(typeName = "Viewer")
    Company company(Viewer viewer) {
        UserOrganisation place = organisations.ownPlace(viewer.actor());
        return place.companyId() == null
                ? null
                : one(organisations.companiesByIds(viewer.actor(), List.of(place.companyId())));
    }

    @SchemaMapping(typeName = "Viewer")
    Department department(Viewer viewer) {
        UserOrganisation place = organisations.ownPlace(viewer.actor());
        return place.departmentId() == null
                ? null
                : one(organisations.departmentsByIds(viewer.actor(), List.of(place.departmentId())));
    }

    @SchemaMapping(typeName = "Viewer")
    ViewerPreferences preferences(Viewer viewer) {
        return ViewerPreferences.of(viewer.user());
    }

    private static <T> T one(Map<Long, T> found) {
        return found.values().stream().findFirst().orElse(null);
    }
}
