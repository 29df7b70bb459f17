package io.polydesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.polydesk.domain.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/** A login check costs the same hashing whether the account exists, is archived or not. */
class UserPasswordCheckTest {

    private final UserRepository repository = mock(UserRepository.class);
    private final PasswordHasher hasher = mock(PasswordHasher.class);
    private final UserService service =
            new UserService(repository, hasher, mock(ApplicationEventPublisher.class), Clock.systemUTC());

    @Test
    void unknownLoginIsStillHashed() {
        when(repository.findByLogin("nobody")).thenReturn(Optional.empty());
        when(hasher.hash(anyString())).thenReturn("{bcrypt}decoy");

        assertThat(service.verifyPassword("nobody", "some-password")).isEmpty();

        verify(hasher, times(1)).matches("some-password", "{bcrypt}decoy");
    }

    @Test
    void archivedAccountIsHashedAndRefused() {
        when(repository.findByLogin("gone")).thenReturn(Optional.of(user(false)));
        when(hasher.matches("right-password", "{bcrypt}real")).thenReturn(true);

        assertThat(service.verifyPassword("gone", "right-password")).isEmpty();

        verify(hasher, times(1)).matches(eq("right-password"), eq("{bcrypt}real"));
    }

    @Test
    void activeAccountWithTheRightPasswordPasses() {
        when(repository.findByLogin("jane")).thenReturn(Optional.of(user(true)));
        when(hasher.matches("right-password", "{bcrypt}real")).thenReturn(true);

        assertThat(service.verifyPassword("jane", "right-password")).isPresent();
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
