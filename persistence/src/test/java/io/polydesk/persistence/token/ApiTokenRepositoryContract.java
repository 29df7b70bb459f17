package io.polydesk.persistence.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.polydesk.domain.shared.Role;
import io.polydesk.domain.token.ApiToken;
import io.polydesk.domain.token.ApiTokenRepository;
import io.polydesk.domain.token.TokenSecrets;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

abstract class ApiTokenRepositoryContract extends RepositoryTest {

    @Autowired
    ApiTokenRepository tokens;

    User owner;

    @BeforeEach
    void anOwner() {
        owner = newUser(Role.AGENT);
    }

    private long token(String name, Instant at) {
        String secret = TokenSecrets.newSecret();
        return tokens.insert(owner.id(), name, secret.substring(0, 10), TokenSecrets.hash(secret), 4, at);
    }

    @Test
    void aTokenIsFoundByTheHashOfItsSecret() {
        String secret = TokenSecrets.newSecret();
        long id = tokens.insert(owner.id(), "CI", secret.substring(0, 10), TokenSecrets.hash(secret), 4, T0);

        assertThat(tokens.findByHash(TokenSecrets.hash(secret)))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new ApiToken(id, owner.id(), "CI", secret.substring(0, 10), 4, T0, null, null));
        assertThat(tokens.findById(id)).get().extracting(ApiToken::name).isEqualTo("CI");
        assertThat(tokens.findByHash(TokenSecrets.hash(TokenSecrets.newSecret())))
                .isEmpty();
        assertThat(tokens.findById(-1)).isEmpty();
    }

    @Test
    void tokensAreFoundByTheirIdsInOneRead() {
        long one = token("one", T0);
        long two = token("two", T0);
        tokens.revoke(two, T0.plusSeconds(1));

        assertThat(tokens.findByIds(List.of(one, two, -1L)))
                .extracting(ApiToken::id, ApiToken::revoked)
                .containsExactlyInAnyOrder(tuple(one, false), tuple(two, true));
        assertThat(tokens.findByIds(List.of())).isEmpty();
    }

    @Test
    void hashesAreUnique() {
        String hash = TokenSecrets.hash(TokenSecrets.newSecret());
        tokens.insert(owner.id(), "one", "pd_aaaaaaa", hash, 1, T0);

        assertThatThrownBy(() -> tokens.insert(owner.id(), "two", "pd_aaaaaaa", hash, 1, T0))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aUsersTokensAreListedOldestFirst() {
        long later = token("later", T0.plusSeconds(10));
        long earlier = token("earlier", T0);
        User someoneElse = newUser(Role.AGENT);
        tokens.insert(someoneElse.id(), "theirs", "pd_bbbbbbb", TokenSecrets.hash(TokenSecrets.newSecret()), 1, T0);

        assertThat(tokens.listByUser(owner.id())).extracting(ApiToken::id).containsExactly(earlier, later);
    }

    @Test
    void revokingKeepsTheFirstMoment() {
        long id = token("ci", T0);

        tokens.revoke(id, T0.plusSeconds(5));
        tokens.revoke(id, T0.plusSeconds(50));

        assertThat(tokens.findById(id)).get().satisfies(t -> {
            assertThat(t.revoked()).isTrue();
            assertThat(t.revokedAt()).isEqualTo(T0.plusSeconds(5));
        });
    }

    @Test
    void touchRecordsTheLastUse() {
        long id = token("ci", T0);

        tokens.touch(id, T0.plusSeconds(61));

        assertThat(tokens.findById(id)).get().extracting(ApiToken::lastUsedAt).isEqualTo(T0.plusSeconds(61));
    }
}
