package io.polydesk.domain.user;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;

/**
 * Who may learn that an id or an e-mail address belongs to an account. Polydesk sends no mail, so it cannot confirm
 * a new address out of band: whoever may set an address learns whether another account holds it. Only staff, who
 * may list every account anyway, may do so (administrators for anyone, agents for themselves). A customer's address
 * is set by staff; a customer asking to change it, or to change someone else, is refused before any other account
 * is looked at, so the answer is the same whoever exists.
 */
final class AccountDisclosure {

    private AccountDisclosure() {}

    /** Before the target account is read: only administrators change others, whether or not {@code userId} exists. */
    static void checkTarget(Actor actor, long userId) {
        if (!actor.isAdmin() && actor.userId() != userId) {
            throw DomainException.forbidden("Only administrators may change other users");
        }
    }

    /** Before any uniqueness check: a customer may send their own address unchanged, never a new one. */
    static void checkEmailChange(Actor actor, User current, UpdateUser command) {
        if (actor.isStaff() || !command.email().isPresent()) {
            return;
        }
        String requested = command.email().value();
        if (requested == null || !requested.strip().equalsIgnoreCase(current.email())) {
            throw DomainException.forbidden("Customers cannot change their e-mail address; an administrator can");
        }
    }
}
