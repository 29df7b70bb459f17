package io.polydesk.persistence.user;

import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.KeysetListing;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code users}; statements live in {@code UserMapper.xml}. */
@Mapper
public interface UserMapper {

    void insert(@Param("user") User user, @Param("key") GeneratedId key);

    int update(@Param("user") User user);

    User findById(@Param("id") long id);

    List<User> findByIds(@Param("ids") Collection<Long> ids);

    User findByLogin(@Param("login") String login);

    User findByEmail(@Param("email") String email);

    boolean existsByUsername(@Param("username") String username);

    boolean existsByEmail(@Param("email") String email);

    long countAll();

    List<User> list(
            @Param("textPattern") String textPattern,
            @Param("role") Role role,
            @Param("active") Boolean active,
            @Param("offset") long offset,
            @Param("limit") int limit);

    long count(@Param("textPattern") String textPattern, @Param("role") Role role, @Param("active") Boolean active);

    List<User> window(
            @Param("textPattern") String textPattern,
            @Param("role") Role role,
            @Param("active") Boolean active,
            @Param("q") KeysetListing window);

    List<User> search(
            @Param("conditions") List<UserConditionRow> conditions,
            @Param("joiner") String joiner,
            @Param("sortColumn") String sortColumn,
            @Param("direction") String direction,
            @Param("offset") long offset,
            @Param("limit") int limit);

    long countSearch(@Param("conditions") List<UserConditionRow> conditions, @Param("joiner") String joiner);
}
