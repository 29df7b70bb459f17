package io.polydesk.domain.user;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import org.springframework.stereotype.Service;

/**
 * A user found by e-mail address or username, with the visibility of {@link UserQueries#get}: staff find anyone,
 * a customer only themselves; anyone else is NOT_FOUND.
 */
@Service
public class UserLookup {

    private final UserRepository users;

    public UserLookup(UserRepository users) {
        this.users = users;
    }

    public User byEmail(Actor actor, String email) {
        Actor.require(actor);
        return users.findByEmail(email.strip())
                .filter(u -> actor.isStaff() || u.id() == actor.userId())
                .orElseThrow(() -> DomainException.notFound("User with e-mail", email));
    }

    public User byUsername(Actor actor, String username) {
        Actor.require(actor);
        return users.findByLogin(username.strip())
                .filter(u -> u.username().equalsIgnoreCase(username.strip()))
                .filter(u -> actor.isStaff() || u.id() == actor.userId())
                .orElseThrow(() -> DomainException.notFound("User", username));
    }
}
