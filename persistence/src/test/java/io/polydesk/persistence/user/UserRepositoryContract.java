package io.polydesk.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserFilter;
import io.polydesk.domain.user.UserSearch;
import io.polydesk.persistence.RepositoryTest;
import java.util.List;
import org.junit.jupiter.api.Test;

abstract class UserRepositoryContract extends RepositoryTest {

    private User aUser(String username, String email, Role role, boolean active) {
        return new User(
                0,
                username,
                email,
                "Ada",
                "Lovelace",
                role,
                "+1 555",
                "+1 556",
                "Engineer",
                "Europe/Paris",
                active,
                "{bcrypt}hash",
                3,
                T0,
                T0.plusSeconds(5));
    }

    @Test
    void insertedUserReadsBackWithEveryField() {
        String name = unique("ada");
        User stored = users.findById(users.insert(aUser(name, name + "@example.com", Role.AGENT, true)))
                .orElseThrow();

        assertThat(stored.id()).isPositive();
        assertThat(stored)
                .usingRecursiveComparison()
                .ignoringFields("id")
                .isEqualTo(aUser(name, name + "@example.com", Role.AGENT, true));
    }

    @Test
    void updateWritesEveryFieldButTheCreationTime() {
        User user = newUser(Role.CUSTOMER);
        String email = unique("new") + "@example.org";
        User changed = new User(
                user.id(),
                user.username(),
                email,
                "Grace",
                "Hopper",
                Role.ADMIN,
                "1",
                "2",
                "Admiral",
                "America/New_York",
                false,
                "{bcrypt}other",
                2,
                T0.minusSeconds(99),
                T0.plusSeconds(60));

        users.update(changed);

        assertThat(users.findById(user.id()))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new User(
                        user.id(),
                        user.username(),
                        email,
                        "Grace",
                        "Hopper",
                        Role.ADMIN,
                        "1",
                        "2",
                        "Admiral",
                        "America/New_York",
                        false,
                        "{bcrypt}other",
                        2,
                        user.createdAt(),
                        T0.plusSeconds(60)));
    }

    @Test
    void unknownIdFindsNothing() {
        assertThat(users.findById(-1)).isEmpty();
    }

    @Test
    void findByIdsLoadsExactlyTheAskedUsers() {
        User a = newUser(Role.AGENT);
        User b = newUser(Role.CUSTOMER);
        newUser(Role.CUSTOMER);

        assertThat(users.findByIds(List.of(a.id(), b.id(), -5L)))
                .extracting(User::id)
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(users.findByIds(List.of())).isEmpty();
    }

    @Test
    void loginMatchesUsernameOrEmailIgnoringCase() {
        User user = newUser(Role.AGENT);

        assertThat(users.findByLogin(user.username().toUpperCase()))
                .get()
                .extracting(User::id)
                .isEqualTo(user.id());
        assertThat(users.findByLogin(user.email().toUpperCase()))
                .get()
                .extracting(User::id)
                .isEqualTo(user.id());
        assertThat(users.findByLogin(unique("nobody"))).isEmpty();
    }

    @Test
    void loginPrefersTheUsernameOverAnotherAccountsEmail() {
        User owner = newUser(Role.CUSTOMER);
        String name = unique("namesake");
        long namesake = users.insert(aUser(owner.email(), name + "@example.com", Role.AGENT, true));

        assertThat(users.findByLogin(owner.email())).get().extracting(User::id).isEqualTo(namesake);
    }

    @Test
    void emailLookupIgnoresCase() {
        User user = newUser(Role.CUSTOMER);

        assertThat(users.findByEmail(user.email().toUpperCase()))
                .get()
                .extracting(User::id)
                .isEqualTo(user.id());
        assertThat(users.findByEmail("missing-" + user.email())).isEmpty();
    }

    @Test
    void existenceChecksIgnoreCase() {
        User user = newUser(Role.CUSTOMER);

        assertThat(users.existsByUsername(user.username().toUpperCase())).isTrue();
        assertThat(users.existsByUsername(unique("free"))).isFalse();
        assertThat(users.existsByEmail(user.email().toUpperCase())).isTrue();
        assertThat(users.existsByEmail(unique("free") + "@example.com")).isFalse();
    }

    @Test
    void countCountsEveryAccount() {
        long before = users.count();
        newUser(Role.CUSTOMER);
        newUser(Role.ADMIN);

        assertThat(users.count()).isEqualTo(before + 2);
    }

    @Test
    void listFiltersByTextRoleAndActivityAndPagesByUsername() {
        String tag = unique("zq");
        User b = users.findById(users.insert(aUser(tag + "-b", tag + "-b@example.com", Role.AGENT, true)))
                .orElseThrow();
        User a = users.findById(users.insert(aUser(tag + "-a", tag + "-a@example.com", Role.AGENT, true)))
                .orElseThrow();
        User c = users.findById(users.insert(aUser(tag + "-c", tag + "-c@example.com", Role.CUSTOMER, true)))
                .orElseThrow();
        User d = users.findById(users.insert(aUser(tag + "-d", tag + "-d@example.com", Role.AGENT, false)))
                .orElseThrow();
        String text = tag.toUpperCase();

        assertThat(users.list(new UserFilter(text, null, null), 0, 10))
                .extracting(User::id)
                .containsExactly(a.id(), b.id(), c.id(), d.id());
        assertThat(users.count(new UserFilter(text, null, null))).isEqualTo(4);
        assertThat(users.list(new UserFilter(text, null, null), 1, 2))
                .extracting(User::id)
                .containsExactly(b.id(), c.id());
        assertThat(users.list(new UserFilter(text, Role.AGENT, true), 0, 10))
                .extracting(User::id)
                .containsExactly(a.id(), b.id());
        assertThat(users.count(new UserFilter(text, Role.AGENT, true))).isEqualTo(2);
        assertThat(users.list(new UserFilter(text, null, false), 0, 10))
                .extracting(User::id)
                .containsExactly(d.id());
        assertThat(users.count(new UserFilter(tag + "%", null, null))).isZero();
    }

    @Test
    void listWithoutFilterIncludesEveryone() {
        User user = newUser(Role.CUSTOMER);

        long everyone = users.count();
        assertThat(users.count(UserFilter.all())).isEqualTo(everyone);
        // By id, so the newest user is on the last page however many a long-lived test database holds.
        assertThat(users.list(UserFilter.all(), Math.max(0, everyone - 10), 20))
                .extracting(User::id)
                .contains(user.id());
    }

    @Test
    void searchMatchesFieldConditionsIgnoringCaseWithAndOrAndSort() {
        String family = unique("Foley");
        User axel = users.findById(
                        users.insert(aUser(unique("axel"), unique("axel") + "@example.com", Role.AGENT, true)))
                .orElseThrow();
        users.update(new User(
                axel.id(),
                axel.username(),
                axel.email(),
                "Axel",
                family,
                Role.AGENT,
                null,
                null,
                null,
                null,
                true,
                axel.passwordHash(),
                1,
                axel.createdAt(),
                T0));
        User bea = users.findById(
                        users.insert(aUser(unique("bea"), unique("bea") + "@example.com", Role.CUSTOMER, false)))
                .orElseThrow();
        users.update(new User(
                bea.id(),
                bea.username(),
                bea.email(),
                "Bea",
                family,
                Role.CUSTOMER,
                null,
                null,
                null,
                null,
                false,
                bea.passwordHash(),
                1,
                bea.createdAt(),
                T0));
        UserSearch.Condition sameFamily =
                UserSearch.Condition.text(UserSearch.Field.LAST_NAME, UserSearch.Op.EQ, List.of(family.toUpperCase()));

        UserSearch both = new UserSearch(List.of(sameFamily), false, UserSearch.Field.FIRST_NAME, true);
        assertThat(users.search(both, 0, 10)).extracting(User::id).containsExactly(bea.id(), axel.id());
        assertThat(users.count(both)).isEqualTo(2);

        UserSearch staff = new UserSearch(
                List.of(sameFamily, UserSearch.Condition.flag(UserSearch.Field.STAFF, true)), false, null, false);
        assertThat(users.search(staff, 0, 10)).extracting(User::id).containsExactly(axel.id());

        UserSearch either = new UserSearch(
                List.of(
                        UserSearch.Condition.text(
                                UserSearch.Field.USERNAME, UserSearch.Op.STARTS, List.of(axel.username())),
                        UserSearch.Condition.text(UserSearch.Field.EMAIL, UserSearch.Op.IN, List.of(bea.email()))),
                true,
                UserSearch.Field.ID,
                false);
        assertThat(users.search(either, 0, 10)).extracting(User::id).containsExactly(axel.id(), bea.id());

        UserSearch archivedWithoutPhone = new UserSearch(
                List.of(
                        sameFamily,
                        UserSearch.Condition.flag(UserSearch.Field.ACTIVE, false),
                        UserSearch.Condition.text(UserSearch.Field.FIRST_NAME, UserSearch.Op.CONTAINS, List.of("e_%"))),
                false,
                null,
                false);
        assertThat(users.search(archivedWithoutPhone, 0, 10)).isEmpty();
    }
}
