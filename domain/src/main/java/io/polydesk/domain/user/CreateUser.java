package io.polydesk.domain.user;

import io.polydesk.domain.shared.Role;
import io.polydesk.domain.shared.Validation;

/** The fields of a new account; validates its own shape, the service checks uniqueness. */
public record CreateUser(
        String username,
        String email,
        String password,
        String firstName,
        String lastName,
        Role role,
        String phone,
        String mobile,
        String jobTitle,
        String timeZone) {

    public CreateUser {
        Validation v = new Validation()
                .required(username, "username")
                .maxLength(username, 150, "username")
                .required(email, "email")
                .maxLength(email, 254, "email")
                .maxLength(firstName, 150, "firstName")
                .maxLength(lastName, 150, "lastName")
                .maxLength(phone, 50, "phone")
                .maxLength(mobile, 50, "mobile")
                .maxLength(jobTitle, 150, "jobTitle")
                .maxLength(timeZone, 64, "timeZone");
        if (email != null && !email.isBlank()) {
            v.check(Emails.isValid(email), "email", "must be a valid e-mail address");
        }
        if (username != null) {
            v.check(!username.contains(":"), "username", "must not contain ':'");
        }
        Passwords.check(v, password, "password");
        v.check(role != null, "role", "must be set");
        v.check(timeZone == null || TimeZones.isValid(timeZone), "timeZone", "is not a known time zone");
        v.throwIfInvalid();
    }
}
