package io.polydesk.domain.user;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Role;

/** A partial update of an account; a fresh password bumps the password version. */
public record UpdateUser(
        Change<String> email,
        Change<String> firstName,
        Change<String> lastName,
        Change<Role> role,
        Change<String> phone,
        Change<String> mobile,
        Change<String> jobTitle,
        Change<String> timeZone,
        Change<Boolean> active,
        Change<String> password) {

    public static UpdateUser nothing() {
        return new UpdateUser(
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep(),
                Change.keep());
    }

    public UpdateUser withPassword(String newPassword) {
        return new UpdateUser(
                email, firstName, lastName, role, phone, mobile, jobTitle, timeZone, active, Change.to(newPassword));
    }

    public UpdateUser withActive(boolean newActive) {
        return new UpdateUser(
                email, firstName, lastName, role, phone, mobile, jobTitle, timeZone, Change.to(newActive), password);
    }
}
