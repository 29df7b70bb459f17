package io.polydesk.domain.token;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where API tokens are kept, by the hash of their secret. */
public interface ApiTokenRepository {

    long insert(long userId, String name, String prefix, String tokenHash, int passwordVersion, Instant createdAt);

    Optional<ApiToken> findByHash(String tokenHash);

    Optional<ApiToken> findById(long id);

    List<ApiToken> findByIds(Collection<Long> ids);

    List<ApiToken> listByUser(long userId);

    void revoke(long id, Instant at);

    void touch(long id, Instant at);
}
