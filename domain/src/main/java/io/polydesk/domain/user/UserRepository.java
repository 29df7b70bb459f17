package io.polydesk.domain.user;

import io.polydesk.domain.shared.KeysetSearch;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where users are kept. */
public interface UserRepository {

    long insert(User user);

    /** Writes every field but the id and creation time. */
    void update(User user);

    Optional<User> findById(long id);

    List<User> findByIds(Collection<Long> ids);

    /** Matches the username or the e-mail address, ignoring case. */
    Optional<User> findByLogin(String login);

    Optional<User> findByEmail(String email);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    long count();

    List<User> list(UserFilter filter, long offset, int limit);

    long count(UserFilter filter);

    /** Users in the search's order, id breaking ties the same way, after its keyset position when it has one. */
    List<User> window(KeysetSearch<UserFilter, UserOrder> search);

    List<User> search(UserSearch search, long offset, int limit);

    long count(UserSearch search);
}
