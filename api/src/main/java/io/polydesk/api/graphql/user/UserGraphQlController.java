package io.polydesk.api.graphql.user;

import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.api.graphql.user.UserInputs.CreateUserInput;
import io.polydesk.api.graphql.user.UserInputs.UpdateUserInput;
import io.polydesk.api.graphql.user.UserInputs.UserFilterInput;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.shared.Page;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserFilter;
import io.polydesk.domain.user.UserProjection;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.user.UserService;
import java.util.ArrayList;
import java.util.List;
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
            @Argument Integer first,
            @Argument String after,
            @AuthenticationPrincipal Actor actor) {
        Actor.requireStaff(actor);
        int limit = first == null ? DEFAULT_PAGE : first;
        if (limit < 1 || limit > MAX_PAGE) {
            throw DomainException.invalid("first", "must be between 1 and " + MAX_PAGE);
        }
        long start = OffsetCursor.after(after, "after");
        UserFilter userFilter = filter == null ? UserFilter.all() : filter.toFilter();
        Window window = window(actor, userFilter, start, limit);
        List<User> rows = window.rows();
        long total = window.total();
        List<Connection.Edge<User>> edges = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            edges.add(new Connection.Edge<>(OffsetCursor.encode(start + i), rows.get(i)));
        }
        String startCursor = edges.isEmpty() ? null : edges.get(0).cursor();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(
                edges, new Connection.PageInfo(start + rows.size() < total, start > 0, startCursor, endCursor), total);
    }

    /**
     * {@code limit} rows from {@code start}. The domain pages by number, so a window that straddles two of its
     * pages of size {@code limit} reads both and cuts.
     */
    private Window window(Actor actor, UserFilter filter, long start, int limit) {
        int page = (int) (start / limit) + 1;
        int skip = (int) (start % limit);
        Page<User> first = queries.list(actor, filter, new OffsetPage(page, limit));
        List<User> rows = new ArrayList<>(first.items()
                .subList(Math.min(skip, first.items().size()), first.items().size()));
        if (skip > 0 && first.hasNext()) {
            rows.addAll(
                    queries.list(actor, filter, new OffsetPage(page + 1, limit)).items());
        }
        return new Window(rows.subList(0, Math.min(limit, rows.size())), first.total());
    }

    private record Window(List<User> rows, long total) {}

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
