package io.polydesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.shared.FieldError;
import io.polydesk.domain.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/** No answer to a non-administrator tells whether another account holds an id or an e-mail address. */
class AccountDisclosureTest {

    private static final String TAKEN = "someone@example.com";
    private static final String FREE = "nobody-has-this@example.com";

    private final UserRepository repository = mock(UserRepository.class);
    private final PasswordHasher hasher = mock(PasswordHasher.class);
    private final UserService service =
            new UserService(repository, hasher, mock(ApplicationEventPublisher.class), Clock.systemUTC());

    private final User customer = user(7, "carla", "carla@example.com", Role.CUSTOMER);
    private final User agent = user(8, "arne", "arne@example.com", Role.AGENT);
    private final User admin = user(1, "admin", "admin@example.com", Role.ADMIN);

    AccountDisclosureTest() {
        for (User u : new User[] {customer, agent, admin}) {
            when(repository.findById(u.id())).thenReturn(Optional.of(u));
        }
        when(repository.findById(42L)).thenReturn(Optional.of(user(42, "someone", TAKEN, Role.CUSTOMER)));
        when(repository.existsByEmail(anyString())).thenAnswer(call -> TAKEN.equalsIgnoreCase(call.getArgument(0)));
        when(hasher.matches("right-password", "{bcrypt}real")).thenReturn(true);
    }

    @Test
    void aCustomerChangingTheirAddressIsRefusedAlikeForATakenAndAFreeAddress() {
        DomainException taken = refusal(actor(customer), customer.id(), email(TAKEN));
        DomainException free = refusal(actor(customer), customer.id(), email(FREE));

        assertThat(taken.code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(taken).hasMessage(free.getMessage());
        assertThat(taken.details()).isEqualTo(free.details());
        verify(repository, never()).existsByEmail(anyString());
    }

    @Test
    void aCustomerMaySendTheirOwnAddressUnchanged() {
        service.update(actor(customer), customer.id(), email("CARLA@example.com"), "right-password");

        verify(repository).update(any());
        verify(repository, never()).existsByEmail(anyString());
    }

    @Test
    void aNonAdministratorChangingAnotherIdIsRefusedAlikeWhetherItExistsOrNot() {
        for (User caller : new User[] {customer, agent}) {
            DomainException existing = refusal(actor(caller), 42, UpdateUser.nothing());
            DomainException missing = refusal(actor(caller), 4242, UpdateUser.nothing());

            assertThat(existing.code()).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(existing).hasMessage(missing.getMessage());
        }
        verify(repository, never()).findById(anyLong());
    }

    @Test
    void staffWhoMaySetAnAddressLearnThatItIsTaken() {
        DomainException agentsOwn = refusal(actor(agent), agent.id(), email(TAKEN));
        DomainException administrators = refusal(actor(admin), customer.id(), email(TAKEN));

        assertThat(agentsOwn.details()).contains(new FieldError("email", "is already taken"));
        assertThat(administrators.details()).contains(new FieldError("email", "is already taken"));
    }

    private DomainException refusal(Actor actor, long userId, UpdateUser command) {
        return catchThrowableOfType(
                DomainException.class, () -> service.update(actor, userId, command, "right-password"));
    }

    private static UpdateUser email(String address) {
        UpdateUser nothing = UpdateUser.nothing();
        return new UpdateUser(
                Change.to(address),
                nothing.firstName(),
                nothing.lastName(),
                nothing.role(),
                nothing.phone(),
                nothing.mobile(),
                nothing.jobTitle(),
                nothing.timeZone(),
                nothing.active(),
                nothing.password());
    }

    private static Actor actor(User user) {
        return new Actor(user.id(), user.username(), user.role());
    }

    private static User user(long id, String username, String email, Role role) {
        return new User(
                id,
                username,
                email,
                null,
                null,
                role,
                null,
                null,
                null,
                null,
                true,
                "{bcrypt}real",
                1,
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
