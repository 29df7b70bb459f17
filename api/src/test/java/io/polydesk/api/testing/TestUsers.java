package io.polydesk.api.testing;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.CreateUser;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.user.UserService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Makes users with unique names for integration tests, so tests never depend on each other's data. */
public final class TestUsers {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    /** The Basic credential of the administrator every test server starts with. */
    public static final String ADMIN_BASIC =
            "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    /** A user made for a test, with what a client needs to act as them. */
    public record TestUser(User user, String password, Actor actor) {
        public String basic() {
            return "Basic "
                    + Base64.getEncoder()
                            .encodeToString((user.username() + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        public long id() {
            return user.id();
        }
    }

    private final UserService users;
    private final UserQueries queries;

    public TestUsers(ApplicationContext context) {
        this.users = context.getBean(UserService.class);
        this.queries = context.getBean(UserQueries.class);
    }

    public TestUser admin() {
        User admin = queries.byEmail("admin@example.com").orElseThrow();
        return new TestUser(admin, ADMIN_PASSWORD, new Actor(admin.id(), admin.username(), admin.role()));
    }

    public TestUser create(Role role) {
        String name =
                role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        User user = users.create(
                admin().actor(),
                CreateUser.builder(name, name + "@example.com", password, role)
                        .firstName("Test")
                        .lastName(role.name())
                        .build());
        return new TestUser(user, password, new Actor(user.id(), user.username(), user.role()));
    }

    public TestUser agent() {
        return create(Role.AGENT);
    }

    public TestUser customer() {
        return create(Role.CUSTOMER);
    }
}
