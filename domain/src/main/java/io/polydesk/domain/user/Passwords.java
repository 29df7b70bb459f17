package io.polydesk.domain.user;

import io.polydesk.domain.shared.Validation;
import java.nio.charset.StandardCharsets;

/** What a new password must be. bcrypt reads at most 72 bytes, so a longer one would be cut silently or refused late. */
final class Passwords {

    static final int MIN_CHARACTERS = 8;
    static final int MAX_BYTES = 72;

    private Passwords() {}

    static void check(Validation v, String password, String field) {
        if (password == null || password.length() < MIN_CHARACTERS) {
            v.check(false, field, "must be at least " + MIN_CHARACTERS + " characters");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            v.check(false, field, "must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
    }
}
