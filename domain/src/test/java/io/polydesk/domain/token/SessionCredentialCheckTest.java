package io.polydesk.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionCredentialCheckTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    private final UserRepository users = mock(UserRepository.class);
    private final ApiTokenRepository tokens = mock(ApiTokenRepository.class);
    private final SessionCredentialCheck check = new SessionCredentialCheck(users, tokens);

    private static User user(long id, Role role, boolean active, int passwordVersion) {
        return new User(
                id,
                "u" + id,
                "u" + id + "@example.com",
                null,
                null,
                role,
                null,
                null,
                null,
                null,
                active,
                "{bcrypt}x",
                passwordVersion,
                T0,
                T0);
    }

    private static ApiToken token(long id, long userId, boolean revoked) {
        return new ApiToken(id, userId, "ci", "pd_abcdefg", 1, T0, null, revoked ? T0 : null);
    }

    @Test
    void aSessionHoldsWhileItsUserAndTokenAreAsTheyWere() {
        SessionCredential byPassword = new SessionCredential(1, Role.AGENT, 1, null);
        SessionCredential byToken = new SessionCredential(1, Role.AGENT, 1, 10L);
        when(users.findByIds(anyCollection())).thenReturn(List.of(user(1, Role.AGENT, true, 1)));
        when(tokens.findByIds(anyCollection())).thenReturn(List.of(token(10, 1, false)));

        assertThat(check.revoked(List.of(byPassword, byToken))).isEmpty();
    }

    @Test
    void archivingARoleChangeANewPasswordOrARevokedTokenEndsTheSession() {
        SessionCredential archived = new SessionCredential(1, Role.CUSTOMER, 1, null);
        SessionCredential demoted = new SessionCredential(2, Role.ADMIN, 1, null);
        SessionCredential oldPassword = new SessionCredential(3, Role.AGENT, 1, null);
        SessionCredential revokedToken = new SessionCredential(4, Role.AGENT, 1, 40L);
        SessionCredential deleted = new SessionCredential(5, Role.AGENT, 1, null);
        when(users.findByIds(anyCollection()))
                .thenReturn(List.of(
                        user(1, Role.CUSTOMER, false, 1),
                        user(2, Role.AGENT, true, 1),
                        user(3, Role.AGENT, true, 2),
                        user(4, Role.AGENT, true, 1)));
        when(tokens.findByIds(anyCollection())).thenReturn(List.of(token(40, 4, true)));

        assertThat(check.revoked(List.of(archived, demoted, oldPassword, revokedToken, deleted)))
                .containsExactlyInAnyOrder(archived, demoted, oldPassword, revokedToken, deleted);
    }

    @Test
    void anyNumberOfSessionsCostsOneReadOfUsersAndOneOfTokens() {
        when(users.findByIds(anyCollection())).thenReturn(List.of(user(1, Role.AGENT, true, 1)));
        when(tokens.findByIds(anyCollection())).thenReturn(List.of(token(10, 1, false), token(11, 1, false)));

        check.revoked(List.of(
                new SessionCredential(1, Role.AGENT, 1, 10L),
                new SessionCredential(1, Role.AGENT, 1, 11L),
                new SessionCredential(1, Role.AGENT, 1, null)));

        verify(users).findByIds(Set.of(1L));
        verify(tokens).findByIds(Set.of(10L, 11L));
    }
}
