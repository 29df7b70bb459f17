package io.polydesk.domain.user;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Role;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff filing a ticket for an e-mail address, as helpdesks that take a submitter's address do: the active user
 * with that address, or a new customer account for it. The new account's password is random and never shown,
 * so nobody signs in with it until an administrator sets one.
 */
@Service
public class RequesterRegistration {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final UserService service;

    public RequesterRegistration(UserRepository users, UserService service) {
        this.users = users;
        this.service = service;
    }

    @Transactional
    public User findOrRegister(Actor actor, String email, String field) {
        Actor.requireStaff(actor);
        String address = email == null ? "" : email.strip();
        if (!Emails.isValid(address)) {
            throw DomainException.invalid(field, "must be a valid e-mail address");
        }
        var existing = users.findByEmail(address);
        if (existing.isPresent()) {
            if (!existing.get().active()) {
                throw DomainException.invalid(field, "belongs to an archived user");
            }
            return existing.get();
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return service.insert(
                actor,
                CreateUser.builder(
                                address,
                                address,
                                Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                                Role.CUSTOMER)
                        .build());
    }
}
