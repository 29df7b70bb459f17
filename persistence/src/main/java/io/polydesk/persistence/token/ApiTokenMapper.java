package io.polydesk.persistence.token;

import io.polydesk.domain.token.ApiToken;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code api_tokens}; statements live in {@code ApiTokenMapper.xml}. */
@Mapper
public interface ApiTokenMapper {

    void insert(
            @Param("userId") long userId,
            @Param("name") String name,
            @Param("prefix") String prefix,
            @Param("tokenHash") String tokenHash,
            @Param("passwordVersion") int passwordVersion,
            @Param("createdAt") Instant createdAt,
            @Param("key") GeneratedId key);

    ApiToken findByHash(@Param("tokenHash") String tokenHash);

    ApiToken findById(@Param("id") long id);

    List<ApiToken> findByIds(@Param("ids") Collection<Long> ids);

    List<ApiToken> listByUser(@Param("userId") long userId);

    int revoke(@Param("id") long id, @Param("at") Instant at);

    int touch(@Param("id") long id, @Param("at") Instant at);
}
