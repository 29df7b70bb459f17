package io.polydesk.domain.user;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating an account where the surface tells "already exists" apart from other refusals: a username or e-mail
 * that is taken is a {@link ErrorCode#CONFLICT} naming the fields, not a validation error.
 */
@Service
public class UserRegistration {

    private final UserRepository users;
    private final UserService service;

    public UserRegistration(UserRepository users, UserService service) {
        this.users = users;
        this.service = service;
    }

    @Transactional
    public User register(Actor actor, CreateUser command) {
        Actor.requireAdmin(actor);
        List<FieldError> taken = new ArrayList<>();
        if (users.existsByUsername(command.username())) {
            taken.add(new FieldError("username", "is already taken"));
        }
        if (users.existsByEmail(command.email())) {
            taken.add(new FieldError("email", "is already taken"));
        }
        if (!taken.isEmpty()) {
            throw new DomainException(ErrorCode.CONFLICT, "A user with this e-mail address already exists", taken);
        }
        return service.create(actor, command);
    }
}
