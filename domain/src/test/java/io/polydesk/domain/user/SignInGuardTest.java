package io.polydesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
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
import java.util.ArrayList;
import java.util.List;
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

        verify(failures).failed("login:gone", 5, Duration.ofMinutes(5), NOW);
    }

    @Test
    void rightPasswordEndsTheRunsOfTheAccountAndTheAddress() {
        when(repository.findByLogin("jane@example.com")).thenReturn(Optional.of(user(true)));
        when(hasher.matches("right-password", "{bcrypt}real")).thenReturn(true);

        assertThat(guard.verify("jane@example.com", "right-password", "203.0.113.9"))
                .isPresent();

        verify(failures).succeeded("login:jane@example.com");
        verify(failures).succeeded("address:203.0.113.9");
    }

    @Test
    void aBlockedAccountIsRefusedWithoutCheckingThePassword() {
        when(repository.findByLogin("jane")).thenReturn(Optional.of(user(true)));
        when(failures.blockedUntil("login:jane", NOW)).thenReturn(Optional.of(NOW.plusSeconds(90)));

        assertThatThrownBy(() -> guard.verify("jane", "right-password", "203.0.113.9"))
                .isInstanceOf(SignInBlocked.class)
                .satisfies(
                        e -> assertThat(((SignInBlocked) e).retryAfterSeconds()).isEqualTo(91));

        verify(hasher, never()).matches(anyString(), anyString());
        verify(failures, never()).failed(anyString(), any(Integer.class), any(), any());
    }

    @Test
    void aUsernameAndItsEmailAreCountedApartLikeTwoUnknownLogins() {
        when(repository.findByLogin("jane")).thenReturn(Optional.of(user(true)));
        when(repository.findByLogin("Jane@Example.com")).thenReturn(Optional.of(user(true)));

        assertThat(guard.verify("jane", "wrong", null)).isEmpty();
        assertThat(guard.verify("Jane@Example.com", "wrong", null)).isEmpty();

        verify(failures).failed("login:jane", 5, Duration.ofMinutes(5), NOW);
        verify(failures).failed("login:jane@example.com", 5, Duration.ofMinutes(5), NOW);
        verify(failures, never()).failed(startsWith("account:"), any(Integer.class), any(), any());
    }

    /**
     * Counts the hashing work through the port itself: an unknown login, a wrong password and an archived account
     * each cost exactly one check against a hash of the same algorithm and cost, and no other hashing.
     */
    @Test
    void unknownLoginWrongPasswordAndArchivedAccountDoTheSameHashingWork() {
        CountingHasher counting = new CountingHasher();
        SignInGuard measured = new SignInGuard(
                repository,
                counting,
                failures,
                new LockoutPolicy(5, 20, Duration.ofMinutes(5)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        User known = user(true, counting.hash("right-password"));
        User archived = user(false, counting.hash("right-password"));
        when(repository.findByLogin("jane")).thenReturn(Optional.of(known));
        when(repository.findByLogin("gone")).thenReturn(Optional.of(archived));
        when(repository.findByLogin("nobody")).thenReturn(Optional.empty());
        measured.verify("nobody", "warm-up", null); // the decoy hash is made once, on first need

        CountingHasher.Work unknown = counting.during(() -> measured.verify("nobody", "a-guess", null));
        CountingHasher.Work wrong = counting.during(() -> measured.verify("jane", "a-guess", null));
        CountingHasher.Work gone = counting.during(() -> measured.verify("gone", "right-password", null));

        assertThat(wrong).isEqualTo(new CountingHasher.Work(0, List.of("{test}cost=10")));
        assertThat(unknown).isEqualTo(wrong);
        assertThat(gone).isEqualTo(wrong);
    }

    /** A stand-in for bcrypt that names its cost, as bcrypt's encoding does, and counts what it is asked. */
    private static final class CountingHasher implements PasswordHasher {

        record Work(int hashes, List<String> matchedAgainst) {}

        private int hashes;
        private final List<String> matched = new ArrayList<>();

        @Override
        public String hash(String rawPassword) {
            hashes++;
            return "{test}cost=10$" + rawPassword;
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            matched.add(hash.substring(0, hash.indexOf('$')));
            return hash.equals("{test}cost=10$" + rawPassword);
        }

        Work during(Runnable attempt) {
            hashes = 0;
            matched.clear();
            attempt.run();
            return new Work(hashes, List.copyOf(matched));
        }
    }

    private static User user(boolean active) {
        return user(active, "{bcrypt}real");
    }

    private static User user(boolean active, String passwordHash) {
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
                passwordHash,
                1,
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
