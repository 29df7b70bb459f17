package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.JitbitUser;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.merge.UserMergeService;
import io.polydesk.domain.organisation.CompanyCommand.CreateCompany;
import io.polydesk.domain.organisation.OrganisationCommands.SetUserOrganisation;
import io.polydesk.domain.organisation.OrganisationService;
import io.polydesk.domain.organisation.OrganisationsByName;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.CreateUser;
import io.polydesk.domain.user.UpdateUser;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserFilter;
import io.polydesk.domain.user.UserLookup;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.user.UserSearch;
import io.polydesk.domain.user.UserService;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The user methods: {@code CreateUser} (a regular user, answering the bare id), {@code UpdateUser},
 * {@code DeleteUser} (archives), {@code User}, {@code UserByEmail}, {@code UserByUsername}, {@code Users} and
 * {@code MergeUsers} ({@code userId} is kept, {@code userId2} merged into it).
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitUserMethods implements JitbitMethods {

    static final int DEFAULT_COUNT = 500;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserService users;
    private final UserQueries queries;
    private final UserLookup lookup;
    private final OrganisationService organisations;
    private final OrganisationsByName byName;
    private final JitbitUserViews views;
    private final UserMergeService merges;

    JitbitUserMethods(
            UserService users,
            UserQueries queries,
            UserLookup lookup,
            OrganisationService organisations,
            OrganisationsByName byName,
            JitbitUserViews views,
            UserMergeService merges) {
        this.users = users;
        this.queries = queries;
        this.lookup = lookup;
        this.organisations = organisations;
        this.byName = byName;
        this.views = views;
        this.merges = merges;
    }

    @Override
    public void register(JitbitRoutes routes) {
        routes.write("CreateUser", this::create);
        routes.write("UpdateUser", this::update);
        routes.write("DeleteUser", this::delete);
        routes.read("User", call -> views.one(call.actor(), queries.get(call.actor(), call.requiredId("userId"))));
        routes.read("UserByEmail", call -> user(call, lookup.byEmail(call.actor(), required(call, "email"))));
        routes.read("UserByUsername", call -> user(call, lookup.byUsername(call.actor(), required(call, "username"))));
        routes.read("Users", this::list);
        routes.write("MergeUsers", call -> {
            long kept = call.requiredId("userId");
            long merged = call.requiredId("userId2");
            merges.merge(call.actor(), merged, kept);
            return null;
        });
    }

    private JitbitUser user(JitbitCall call, User user) {
        return views.one(call.actor(), user);
    }

    private static String required(JitbitCall call, String name) {
        String value = call.requiredText(name);
        call.params().validate();
        return value;
    }

    /** Answers the new user's id as a bare number. Without a password the account gets a random one. */
    private Object create(JitbitCall call) {
        String username = call.requiredText("username");
        String email = call.requiredText("email");
        String password = call.params().text("password");
        call.params().bool("sendWelcomeEmail");
        call.params().validate();
        User created = users.create(
                call.actor(),
                CreateUser.builder(username, email, password == null ? randomPassword() : password, Role.CUSTOMER)
                        .firstName(call.params().text("firstName"))
                        .lastName(call.params().text("lastName"))
                        .phone(call.params().text("phone"))
                        .build());
        place(call, created.id());
        return created.id();
    }

    private Object update(JitbitCall call) {
        long userId = call.requiredId("userId");
        Boolean disabled = call.params().bool("disabled");
        call.params().bool("enableEmailNotifications");
        call.params().validate();
        users.update(
                call.actor(),
                userId,
                new UpdateUser(
                        change(call, "email"),
                        change(call, "firstName"),
                        change(call, "lastName"),
                        Change.keep(),
                        change(call, "phone"),
                        Change.keep(),
                        Change.keep(),
                        Change.keep(),
                        disabled == null ? Change.keep() : Change.to(!disabled),
                        change(call, "password")));
        place(call, userId);
        return null;
    }

    private Object delete(JitbitCall call) {
        long userId = call.requiredId("userId");
        users.update(call.actor(), userId, UpdateUser.nothing().withActive(false));
        return null;
    }

    /** {@code company} and {@code department} are names: found, or registered, then the user is placed there. */
    private void place(JitbitCall call, long userId) {
        String company = call.params().text("company");
        String department = call.params().text("department");
        if (company == null && department == null) {
            return;
        }
        Actor actor = call.actor();
        Change<Long> companyId = company == null
                ? Change.keep()
                : Change.to(byName.companyNamed(actor, new CreateCompany(company, null, List.of()))
                        .id());
        Change<Long> departmentId = department == null
                ? Change.keep()
                : Change.to(byName.departmentNamed(actor, department).id());
        organisations.setUserOrganisation(actor, new SetUserOrganisation(userId, companyId, departmentId));
    }

    private static Change<String> change(JitbitCall call, String name) {
        return call.params().has(name) ? Change.to(call.params().text(name)) : Change.keep();
    }

    /**
     * {@code listMode}: {@code all} (default; live users), {@code techs} (agents and administrators), {@code admins},
     * {@code regular} (customers), {@code disabled} (archived users). {@code count} (default 500) per {@code page}.
     */
    private Object list(JitbitCall call) {
        String mode = call.params().text("listMode");
        Integer count = call.integer("count", 1, OffsetPage.MAX_SIZE);
        Integer page = call.integer("page", 1, Integer.MAX_VALUE);
        for (String unsupported : new String[] {"departmentId", "companyId"}) {
            if (call.params().text(unsupported) != null) {
                call.params().reject(unsupported, "is not supported as a Users filter");
            }
        }
        String normalised = mode == null ? "all" : mode.toLowerCase(Locale.ROOT);
        if (!List.of("all", "techs", "admins", "regular", "disabled").contains(normalised)) {
            call.params().reject("listMode", "must be one of all, techs, admins, regular, disabled");
        }
        call.params().validate();
        OffsetPage window = new OffsetPage(page == null ? 1 : page, count == null ? DEFAULT_COUNT : count);
        Actor actor = call.actor();
        List<User> found = switch (normalised) {
            case "techs" -> techs(actor, window);
            case "admins" ->
                queries.list(actor, UserFilter.of(Role.ADMIN, true), window).items();
            case "regular" ->
                queries.list(actor, UserFilter.of(Role.CUSTOMER, true), window).items();
            case "disabled" ->
                queries.list(actor, UserFilter.of(null, false), window).items();
            default -> queries.list(actor, UserFilter.of(null, true), window).items();
        };
        return views.all(actor, found);
    }

    /** Live agents and administrators together, in id order, as one page in SQL. */
    private List<User> techs(Actor actor, OffsetPage window) {
        UserSearch staff = new UserSearch(
                List.of(
                        UserSearch.Condition.flag(UserSearch.Field.STAFF, true),
                        UserSearch.Condition.flag(UserSearch.Field.ACTIVE, true)),
                false,
                UserSearch.Field.ID,
                false);
        return queries.search(actor, staff, window).items();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
