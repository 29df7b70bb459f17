package io.polydesk.domain.user;

import io.polydesk.domain.shared.Role;
import java.time.Instant;

/**
 * A person who can sign in. {@code passwordVersion} grows with every password change, and every token
 * issued under an older version stops working.
 */
public record User(
        long id,
        String username,
        String email,
        String firstName,
        String lastName,
        Role role,
        String phone,
        String mobile,
        String jobTitle,
        String timeZone,
        boolean active,
        String passwordHash,
        int passwordVersion,
        Instant createdAt,
        Instant updatedAt) {

    public String fullName() {
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return full.isEmpty() ? username : full;
    }

    public boolean archived() {
        return !active;
    }
}
