package io.polydesk.domain.user;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Keyset;
import io.polydesk.domain.shared.KeysetSearch;
import io.polydesk.domain.shared.KeysetWindow;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.shared.Page;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads of users. Staff see everyone; a customer sees only themselves, plus the names of people on
 * tickets they can see (which the ticket surfaces resolve through {@link #byIds}).
 */
@Service
public class UserQueries {

    private final UserRepository users;

    public UserQueries(UserRepository users) {
        this.users = users;
    }

    public User me(Actor actor) {
        Actor.require(actor);
        return users.findById(actor.userId()).orElseThrow(DomainException::unauthenticated);
    }

    public User get(Actor actor, long id) {
        Actor.require(actor);
        if (!actor.isStaff() && actor.userId() != id) {
            throw DomainException.notFound("User", id);
        }
        return users.findById(id).orElseThrow(() -> DomainException.notFound("User", id));
    }

    public Page<User> list(Actor actor, UserFilter filter, OffsetPage page) {
        Actor.requireStaff(actor);
        return new Page<>(users.list(filter, page.offset(), page.size()), users.count(filter), page);
    }

    /** A keyset window of {@code limit} users in {@code order}, after the cursor {@code after}; staff only. */
    public CursorPage<User> window(Actor actor, UserFilter filter, UserOrder order, int limit, String after) {
        Actor.requireStaff(actor);
        Keyset position = KeysetWindow.position(after, order.cursorKey());
        List<User> rows =
                users.window(KeysetSearch.after(filter, order, order.field().kind(), position, limit + 1));
        return KeysetWindow.of(
                rows,
                limit,
                position != null,
                users.count(filter),
                u -> new Keyset(order.cursorKey(), sortValue(order, u), u.id()));
    }

    private static String sortValue(UserOrder order, User user) {
        return switch (order.field()) {
            case ID -> Long.toString(user.id());
            case USERNAME -> user.username();
            case EMAIL -> user.email();
            case CREATED_AT -> KeysetSearch.timeValue(user.createdAt());
            case UPDATED_AT -> KeysetSearch.timeValue(user.updatedAt());
        };
    }

    /** A numbered page of users matching field conditions; staff only, as every user listing. */
    public Page<User> search(Actor actor, UserSearch search, OffsetPage page) {
        Actor.requireStaff(actor);
        return new Page<>(users.search(search, page.offset(), page.size()), users.count(search), page);
    }

    /** Loads the people that visible objects point at, in one query. */
    public Map<Long, User> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIds(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(User::id, Function.identity()));
    }

    /** As {@link #byIds(Collection)}, each as {@code viewer} may see them ({@link UserProjection}). */
    public Map<Long, User> byIds(Actor viewer, Collection<Long> ids) {
        return byIds(ids).values().stream()
                .collect(Collectors.toMap(User::id, u -> UserProjection.forViewer(viewer, u)));
    }

    public Optional<User> byId(long id) {
        return users.findById(id);
    }

    public Optional<User> byEmail(String email) {
        return users.findByEmail(email);
    }
}
