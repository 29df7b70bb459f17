package io.polydesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.api.testing.PolydeskIntegrationTest;
import io.polydesk.domain.user.SignInFailures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** With the rate limits' Redis set, failed sign-ins are counted there, behind the same fallback. */
@PolydeskIntegrationTest
@TestPropertySource(properties = "polydesk.rate-limit.redis.url=redis://127.0.0.1:6379")
class SharedSignInFailuresWiringTest {

    @Autowired
    SignInFailures failures;

    @Test
    void theSharedStoreIsTheOneInUse() {
        assertThat(failures).isInstanceOf(FailOpenSignInFailures.class);
    }
}
