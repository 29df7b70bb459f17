package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitUser;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.organisation.Company;
import io.polydesk.domain.organisation.Department;
import io.polydesk.domain.organisation.OrganisationQueries;
import io.polydesk.domain.organisation.UserOrganisation;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.user.User;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Loads the companies and departments of a batch of users (three queries, or one when the caller knows their places
 * and companies) and converts them to Jitbit's User.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitUserViews {

    private final OrganisationQueries organisations;
    private final JitbitUserConverter converter;

    JitbitUserViews(OrganisationQueries organisations, JitbitUserConverter converter) {
        this.organisations = organisations;
        this.converter = converter;
    }

    JitbitUser one(Actor actor, User user) {
        return all(actor, List.of(user)).get(0);
    }

    List<JitbitUser> all(Actor actor, Collection<User> users) {
        Map<Long, UserOrganisation> places =
                organisations.userOrganisations(users.stream().map(User::id).toList());
        Map<Long, Company> companies = organisations.companiesByIds(actor, companyIds(places.values()));
        return all(actor, users, places, companies);
    }

    /** The company ids among {@code places}, for a caller that loads them together with others. */
    static List<Long> companyIds(Collection<UserOrganisation> places) {
        return places.stream()
                .map(UserOrganisation::companyId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** Users whose places are known, with (at least) their companies already loaded: one query for departments. */
    List<JitbitUser> all(
            Actor actor, Collection<User> users, Map<Long, UserOrganisation> places, Map<Long, Company> companies) {
        Map<Long, Department> departments = organisations.departmentsByIds(
                actor,
                places.values().stream()
                        .map(UserOrganisation::departmentId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        return users.stream()
                .map(u -> {
                    UserOrganisation place = places.get(u.id());
                    return converter.toUser(new JitbitUserView(
                            u,
                            place == null || place.companyId() == null ? null : companies.get(place.companyId()),
                            place == null || place.departmentId() == null
                                    ? null
                                    : departments.get(place.departmentId())));
                })
                .toList();
    }
}
