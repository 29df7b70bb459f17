package io.polydesk.domain.user;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account management and password checks. Only administrators manage other accounts. */
@Service
public class UserService {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public UserService(UserRepository users, PasswordHasher hasher, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public User create(Actor actor, CreateUser command) {
        Actor.requireAdmin(actor);
        return insert(actor, command);
    }

    /** Creates the first administrator when there is nobody yet; returns empty when users exist. */
    @Transactional
    public Optional<User> createFirstAdministrator(String username, String email, String password) {
        if (users.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(insert(
                null, CreateUser.builder(username, email, password, Role.ADMIN).build()));
    }

    /** Creates the account for {@code actor}, who is null only for the first administrator. */
    User insert(Actor actor, CreateUser c) {
        Validation v = new Validation();
        v.check(!users.existsByUsername(c.username()), "username", "is already taken");
        v.check(!users.existsByEmail(c.email()), "email", "is already taken");
        if (v.hasErrors()) {
            v.throwIfInvalid();
        }
        Instant now = now();
        User user = new User(
                0,
                c.username().trim(),
                c.email().trim(),
                c.firstName(),
                c.lastName(),
                c.role(),
                c.phone(),
                c.mobile(),
                c.jobTitle(),
                c.timeZone(),
                true,
                hasher.hash(c.password()),
                1,
                now,
                now);
        long id = users.insert(user);
        events.publishEvent(new UserCreated(id, actor == null ? null : actor.userId()));
        return users.findById(id).orElseThrow();
    }

    @Transactional
    public User update(Actor actor, long userId, UpdateUser command) {
        return update(actor, userId, command, null);
    }

    /**
     * As {@link #update(Actor, long, UpdateUser)}; a user changing their own password or (staff only, see
     * {@link AccountDisclosure}) e-mail address proves
     * with {@code currentPassword} that they are who the session says, so a stolen session cannot take the account.
     */
    @Transactional
    public User update(Actor actor, long userId, UpdateUser command, String currentPassword) {
        Actor.require(actor);
        AccountDisclosure.checkTarget(actor, userId);
        User current = users.findById(userId).orElseThrow(() -> DomainException.notFound("User", userId));
        boolean self = actor.userId() == userId;
        if (!actor.isAdmin() && (command.role().isPresent() || command.active().isPresent())) {
            throw DomainException.forbidden("Only administrators may change roles or archive users");
        }
        AccountDisclosure.checkEmailChange(actor, current, command);
        Validation v = new Validation();
        String email = command.email().orElse(current.email());
        v.required(email, "email")
                .maxLength(email, 254, "email")
                .maxLength(command.firstName().value(), 150, "firstName")
                .maxLength(command.lastName().value(), 150, "lastName")
                .maxLength(command.phone().value(), 50, "phone")
                .maxLength(command.mobile().value(), 50, "mobile")
                .maxLength(command.jobTitle().value(), 150, "jobTitle")
                .maxLength(command.timeZone().value(), 64, "timeZone");
        if (email != null && !email.isBlank()) {
            v.check(Emails.isValid(email), "email", "must be a valid e-mail address");
            v.check(
                    email.equalsIgnoreCase(current.email()) || !users.existsByEmail(email),
                    "email",
                    "is already taken");
        }
        Role role = command.role().orElse(current.role());
        v.check(role != null, "role", "must be set");
        String timeZone = command.timeZone().orElse(current.timeZone());
        v.check(timeZone == null || TimeZones.isValid(timeZone), "timeZone", "is not a known time zone");
        Boolean active = command.active().orElse(current.active());
        v.check(active != null, "active", "must be set");
        String password = command.password().value();
        if (command.password().isPresent()) {
            Passwords.check(v, password, "password");
        }
        boolean emailChanged = email != null && !email.equalsIgnoreCase(current.email());
        if (self && (command.password().isPresent() || emailChanged)) {
            v.check(
                    currentPassword != null && hasher.matches(currentPassword, current.passwordHash()),
                    "currentPassword",
                    currentPassword == null ? "is required to change your own password or e-mail" : "is not correct");
        }
        v.check(
                !(self && (role != Role.ADMIN || !Boolean.TRUE.equals(active)) && current.role() == Role.ADMIN),
                "role",
                "administrators cannot demote or archive themselves");
        v.throwIfInvalid();

        boolean archived = current.active() && !active;
        boolean credentialsChanged = command.password().isPresent() || archived;
        User updated = new User(
                current.id(),
                current.username(),
                email.trim(),
                command.firstName().orElse(current.firstName()),
                command.lastName().orElse(current.lastName()),
                role,
                command.phone().orElse(current.phone()),
                command.mobile().orElse(current.mobile()),
                command.jobTitle().orElse(current.jobTitle()),
                timeZone,
                active,
                command.password().isPresent() ? hasher.hash(password) : current.passwordHash(),
                // Every token carries the version it was issued under, so a new version ends them all, for good.
                credentialsChanged ? current.passwordVersion() + 1 : current.passwordVersion(),
                current.createdAt(),
                now());
        users.update(updated);
        if (credentialsChanged || role != current.role()) {
            events.publishEvent(new UserCredentialsChanged(userId));
        }
        return users.findById(userId).orElseThrow();
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public User changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        Actor.require(actor);
        return update(actor, actor.userId(), UpdateUser.nothing().withPassword(newPassword), currentPassword);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
