package io.polydesk.api.graphql.user;

import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.api.graphql.user.UserInputs.CreateUserInput;
import io.polydesk.api.graphql.user.UserInputs.UpdateUserInput;
import io.polydesk.api.graphql.user.UserInputs.UserFilterInput;
import io.polydesk.api.graphql.user.UserInputs.UserOrderInput;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserFilter;
import io.polydesk.domain.user.UserOrder;
import io.polydesk.domain.user.UserProjection;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.user.UserService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Accounts: the caller's own, the staff's user listing, and the administrators' user management. */
@Controller
class UserGraphQlController {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;

    private final UserQueries queries;
    private final UserService service;

    UserGraphQlController(UserQueries queries, UserService service) {
        this.queries = queries;
        this.service = service;
    }

    @QueryMapping
    User me(@AuthenticationPrincipal Actor actor) {
        return queries.me(actor);
    }

    @QueryMapping
    User user(@Argument String id, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return queries.get(actor, Ids.require(id, "id"));
    }

    @QueryMapping
    Connection<User> users(
            @Argument UserFilterInput filter,
            @Argument UserOrderInput orderBy,
            @Argument Integer first,
            @Argument String after,
            @AuthenticationPrincipal Actor actor) {
        Actor.requireStaff(actor);
        int limit = first == null ? DEFAULT_PAGE : first;
        if (limit < 1 || limit > MAX_PAGE) {
            throw DomainException.invalid("first", "must be between 1 and " + MAX_PAGE);
        }
        UserFilter userFilter = filter == null ? UserFilter.all() : filter.toFilter();
        UserOrder order = orderBy == null ? UserOrder.BY_USERNAME : orderBy.toOrder();
        return Connection.of(queries.window(actor, userFilter, order, limit, after));
    }

    @MutationMapping
    UserPayload createUser(@Argument CreateUserInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new UserPayload(service.create(actor, input.toCommand()));
    }

    @MutationMapping
    UserPayload updateUser(@Argument UpdateUserInput input, @AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return new UserPayload(
                service.update(actor, Ids.require(input.id(), "input.id"), input.toCommand(), input.currentPassword()));
    }

    /** Contact details are for staff and for the user themselves ({@link UserProjection}). */
    @SchemaMapping
    String email(User user, @AuthenticationPrincipal Actor actor) {
        return UserProjection.seesContactDetails(actor, user) ? user.email() : null;
    }

    @SchemaMapping
    String phone(User user, @AuthenticationPrincipal Actor actor) {
        return UserProjection.seesContactDetails(actor, user) ? user.phone() : null;
    }

    @SchemaMapping
    String mobile(User user, @AuthenticationPrincipal Actor actor) {
        return UserProjection.seesContactDetails(actor, user) ? user.mobile() : null;
    }

    @SchemaMapping
    String timeZone(User user, @AuthenticationPrincipal Actor actor) {
        return UserProjection.seesContactDetails(actor, user) ? user.timeZone() : null;
    }

    @SchemaMapping
    String name(User user) {
        return user.fullName();
    }
}
