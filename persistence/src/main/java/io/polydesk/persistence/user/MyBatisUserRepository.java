package io.polydesk.persistence.user;

import io.polydesk.domain.shared.KeysetSearch;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserFilter;
import io.polydesk.domain.user.UserOrder;
import io.polydesk.domain.user.UserRepository;
import io.polydesk.domain.user.UserSearch;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.KeysetListing;
import io.polydesk.persistence.support.LikePatterns;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Users in the {@code users} table. */
@Repository
public class MyBatisUserRepository implements UserRepository {

    private final UserMapper mapper;

    public MyBatisUserRepository(UserMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(User user) {
        GeneratedId key = new GeneratedId();
        mapper.insert(user, key);
        return key.value();
    }

    @Override
    public void update(User user) {
        if (mapper.update(user) != 1) {
            throw new IllegalStateException("User " + user.id() + " does not exist");
        }
    }

    @Override
    public Optional<User> findById(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    @Override
    public List<User> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(ids);
    }

    @Override
    public Optional<User> findByLogin(String login) {
        return Optional.ofNullable(mapper.findByLogin(login));
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return Optional.ofNullable(mapper.findByEmail(email));
    }

    @Override
    public boolean existsByUsername(String username) {
        return mapper.existsByUsername(username);
    }

    @Override
    public boolean existsByEmail(String email) {
        return mapper.existsByEmail(email);
    }

    @Override
    public long count() {
        return mapper.countAll();
    }

    @Override
    public List<User> list(UserFilter filter, long offset, int limit) {
        return mapper.list(textPattern(filter), filter.role(), filter.active(), offset, limit);
    }

    @Override
    public long count(UserFilter filter) {
        return mapper.count(textPattern(filter), filter.role(), filter.active());
    }

    @Override
    public List<User> window(KeysetSearch<UserFilter, UserOrder> search) {
        UserFilter filter = search.criteria();
        UserOrder order = search.order();
        String column = switch (order.field()) {
            case ID -> "u.id";
            case USERNAME -> "u.username";
            case EMAIL -> "u.email";
            case CREATED_AT -> "u.created_at";
            case UPDATED_AT -> "u.updated_at";
        };
        return mapper.window(
                textPattern(filter),
                filter.role(),
                filter.active(),
                KeysetListing.of(search, order.descending(), order.field().kind(), column));
    }

    @Override
    public List<User> search(UserSearch search, long offset, int limit) {
        return mapper.search(
                rows(search),
                joiner(search),
                UserConditionRow.column(search.sort()),
                search.descending() ? "DESC" : "ASC",
                offset,
                limit);
    }

    @Override
    public long count(UserSearch search) {
        return mapper.countSearch(rows(search), joiner(search));
    }

    private static List<UserConditionRow> rows(UserSearch search) {
        return search.conditions().stream().map(UserConditionRow::of).toList();
    }

    private static String joiner(UserSearch search) {
        return search.any() ? "OR" : "AND";
    }

    private static String textPattern(UserFilter filter) {
        String text = filter.text() == null ? null : filter.text().strip();
        return text == null || text.isEmpty() ? null : LikePatterns.contains(text);
    }
}
