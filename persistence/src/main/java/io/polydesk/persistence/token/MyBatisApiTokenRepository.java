package io.polydesk.persistence.token;

import io.polydesk.domain.token.ApiToken;
import io.polydesk.domain.token.ApiTokenRepository;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** API tokens in the {@code api_tokens} table, found by the SHA-256 of their secret. */
@Repository
public class MyBatisApiTokenRepository implements ApiTokenRepository {

    private final ApiTokenMapper mapper;

    public MyBatisApiTokenRepository(ApiTokenMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(
            long userId, String name, String prefix, String tokenHash, int passwordVersion, Instant createdAt) {
        GeneratedId key = new GeneratedId();
        mapper.insert(userId, name, prefix, tokenHash, passwordVersion, createdAt, key);
        return key.value();
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return Optional.ofNullable(mapper.findByHash(tokenHash));
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    @Override
    public List<ApiToken> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(ids);
    }

    @Override
    public List<ApiToken> listByUser(long userId) {
        return mapper.listByUser(userId);
    }

    @Override
    public void revoke(long id, Instant at) {
        mapper.revoke(id, at);
    }

    @Override
    public void touch(long id, Instant at) {
        mapper.touch(id, at);
    }
}
