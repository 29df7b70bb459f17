package io.polydesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.token.ApiTokenRevoked;
import io.polydesk.domain.user.UserCredentialsChanged;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A verified token is remembered until it is revoked or its user's credentials change, never past that. */
class ApiTokenCacheTest {

    private final ApiTokenCache cache = new ApiTokenCache(new TokenCacheProperties(Duration.ofMinutes(1), 100));
    private final Actor jane = new Actor(5, "jane", Role.AGENT);

    private ApiTokenCache.Verified token(long id) {
        return new ApiTokenCache.Verified(id, jane, 1);
    }

    @Test
    void aVerifiedTokenIsRemembered() {
        cache.remember("pd_secret", cache.generation(), token(7));

        assertThat(cache.lookup("pd_secret")).map(ApiTokenCache.Verified::actor).contains(jane);
        assertThat(cache.lookup("pd_other")).isEmpty();
    }

    @Test
    void revokingForgetsTheTokenAndNoOther() {
        cache.remember("pd_secret", cache.generation(), token(7));
        cache.remember("pd_second", cache.generation(), token(8));

        cache.onRevoked(new ApiTokenRevoked(7));

        assertThat(cache.lookup("pd_secret")).isEmpty();
        assertThat(cache.lookup("pd_second")).map(ApiTokenCache.Verified::actor).contains(jane);
    }

    @Test
    void changedCredentialsForgetEveryTokenOfTheUser() {
        cache.remember("pd_secret", cache.generation(), token(7));
        cache.remember("pd_second", cache.generation(), token(8));

        cache.afterCredentialsChanged(new UserCredentialsChanged(5));

        assertThat(cache.lookup("pd_secret")).isEmpty();
        assertThat(cache.lookup("pd_second")).isEmpty();
    }

    @Test
    void aVerificationThatRacedWithARevocationIsNotRemembered() {
        long before = cache.generation();
        cache.onRevoked(new ApiTokenRevoked(7));

        cache.remember("pd_secret", before, token(7));

        assertThat(cache.lookup("pd_secret")).isEmpty();
    }
}
