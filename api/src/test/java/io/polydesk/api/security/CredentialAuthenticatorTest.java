package io.polydesk.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.polydesk.domain.shared.Role;
import io.polydesk.domain.token.ApiTokenService;
import io.polydesk.domain.user.SignInGuard;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserCredentialsChanged;
import io.polydesk.domain.user.UserQueries;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

/** Basic credentials cost one slow password check, not one per request. */
class CredentialAuthenticatorTest {

    private final SignInGuard userService = mock(SignInGuard.class);
    private final UserQueries users = mock(UserQueries.class);
    private final BasicCredentialCache cache = new BasicCredentialCache(new SecurityProperties(
            null, "polydesk", Duration.ofHours(1), Duration.ofMinutes(5), 100, "polydesk", true));
    private final CredentialAuthenticator authenticator = new CredentialAuthenticator(
            userService,
            users,
            mock(ApiTokenService.class),
            mock(JwtCredentials.class),
            cache,
            new ApiTokenCache(new TokenCacheProperties(Duration.ofMinutes(1), 100)));

    private static User user(int passwordVersion, boolean active) {
        return new User(
                5,
                "jane",
                "jane@example.com",
                null,
                null,
                Role.AGENT,
                null,
                null,
                null,
                null,
                active,
                "{x}",
                passwordVersion,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("jane:" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void repeatedBasicCredentialsAreVerifiedOnce() {
        when(userService.verify("jane", "secret-1", "203.0.113.9")).thenReturn(Optional.of(user(1, true)));
        when(users.byId(5)).thenReturn(Optional.of(user(1, true)));

        for (int i = 0; i < 5; i++) {
            assertThat(authenticator.authenticate(basic("secret-1"), "203.0.113.9"))
                    .hasValueSatisfying(a -> assertThat(a.userId()).isEqualTo(5));
        }
        verify(userService, times(1)).verify(anyString(), anyString(), anyString());
    }

    @Test
    void rememberedCredentialIsForgottenWhenThePasswordVersionMoves() {
        when(userService.verify("jane", "secret-1", "203.0.113.9")).thenReturn(Optional.of(user(1, true)));
        when(users.byId(5)).thenReturn(Optional.of(user(1, true)));
        authenticator.authenticate(basic("secret-1"), "203.0.113.9");

        when(users.byId(5)).thenReturn(Optional.of(user(2, true)));
        when(userService.verify("jane", "secret-1", "203.0.113.9")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> authenticator.authenticate(basic("secret-1"), "203.0.113.9"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void credentialsChangedEventEmptiesTheUsersEntries() {
        when(userService.verify("jane", "secret-1", "203.0.113.9")).thenReturn(Optional.of(user(1, true)));
        when(users.byId(5)).thenReturn(Optional.of(user(1, true)));
        authenticator.authenticate(basic("secret-1"), "203.0.113.9");

        cache.onCredentialsChanged(new UserCredentialsChanged(5));

        assertThat(cache.lookup("jane", "secret-1")).isEmpty();
    }

    @Test
    void wrongPasswordIsNeverRemembered() {
        when(userService.verify("jane", "bad", "203.0.113.9")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> authenticator.authenticate(basic("bad"), "203.0.113.9"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(cache.lookup("jane", "bad")).isEmpty();
    }

    @Test
    void noHeaderIsAnonymousButAnEmptyOneIsAnError() {
        assertThat(authenticator.authenticate(null, "203.0.113.9")).isEmpty();
        assertThatThrownBy(() -> authenticator.authenticate("Bearer ", "203.0.113.9"))
                .isInstanceOf(BadCredentialsException.class);
    }
}
