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

    /** An account with only what is required; the rest is set by name. */
    public static Builder builder(String username, String email, String password, Role role) {
        return new Builder().username(username).email(email).password(password).role(role);
    }

    public static final class Builder {
        private String username;
        private String email;
        private String password;
        private String firstName;
        private String lastName;
        private Role role;
        private String phone;
        private String mobile;
        private String jobTitle;
        private String timeZone;

        public Builder username(String value) {
            username = value;
            return this;
        }

        public Builder email(String value) {
            email = value;
            return this;
        }

        public Builder password(String value) {
            password = value;
            return this;
        }

        public Builder firstName(String value) {
            firstName = value;
            return this;
        }

        public Builder lastName(String value) {
            lastName = value;
            return this;
        }

        public Builder role(Role value) {
            role = value;
            return this;
        }

        public Builder phone(String value) {
            phone = value;
            return this;
        }

        public Builder mobile(String value) {
            mobile = value;
            return this;
        }

        public Builder jobTitle(String value) {
            jobTitle = value;
            return this;
        }

        public Builder timeZone(String value) {
            timeZone = value;
            return this;
        }

        public CreateUser build() {
            return new CreateUser(
                    username, email, password, firstName, lastName, role, phone, mobile, jobTitle, timeZone);
        }
    }
}
