package io.polydesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.polydesk.domain.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInGuardTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final UserRepository repository = mock(UserRepository.class);
    private final PasswordHasher hasher = mock(PasswordHasher.class);
    private final SignInFailures failures = mock(SignInFailures.class);
    private final SignInGuard guard = new SignInGuard(
            repository,
            hasher,
            failures,
            new LockoutPolicy(5, 20, Duration.ofMinutes(5)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void unknownLoginCostsTheSameHashingAndCountsByItsSpelling() {
        when(repository.findByLogin("Nobody")).thenReturn(Optional.empty());
        when(hasher.hash(anyString())).thenReturn("{bcrypt}decoy");

        assertThat(guard.verify("Nobody", "some-password", "203.0.113.9")).isEmpty();

        verify(hasher, times(1)).matches("some-password", "{bcrypt}decoy");
        verify(failures).failed("login:nobody", 5, Duration.ofMinutes(5), NOW);
        verify(failures).failed("address:203.0.113.9", 20, Duration.ofMinutes(5), NOW);
    }

    @Test
    void archivedAccountIsHashedAndRefusedLikeAWrongPassword() {
        when(repository.findByLogin("gone")).thenReturn(Optional.of(user(false)));
        when(hasher.matches("right-password", "{bcrypt}real")).thenReturn(true);

        assertThat(guard.verify("gone", "right-password", null)).isEmpty();

        verify(failures).failed("account:7", 5, Duration.ofMinutes(5), NOW);
    }

    @Test
    void rightPasswordEndsTheRunsOfTheAccountAndTheAddress() {
        when(repository.findByLogin("jane@example.com")).thenReturn(Optional.of(user(true)));
        when(hasher.matches("right-password", "{bcrypt}real")).thenReturn(true);

        assertThat(guard.verify("jane@example.com", "right-password", "203.0.113.9"))
                .isPresent();

        verify(failures).succeeded("account:7");
        verify(failures).succeeded("address:203.0.113.9");
    }

    @Test
    void aBlockedAccountIsRefusedWithoutCheckingThePassword() {
        when(repository.findByLogin("jane")).thenReturn(Optional.of(user(true)));
        when(failures.blockedUntil("account:7", NOW)).thenReturn(Optional.of(NOW.plusSeconds(90)));

        assertThatThrownBy(() -> guard.verify("jane", "right-password", "203.0.113.9"))
                .isInstanceOf(SignInBlocked.class)
                .satisfies(
                        e -> assertThat(((SignInBlocked) e).retryAfterSeconds()).isEqualTo(91));

        verify(hasher, never()).matches(anyString(), anyString());
        verify(failures, never()).failed(anyString(), any(Integer.class), any(), any());
    }

    private static User user(boolean active) {
        return new User(
                7,
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
                "{bcrypt}real",
                1,
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
