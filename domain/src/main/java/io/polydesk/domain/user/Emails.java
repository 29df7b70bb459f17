package io.polydesk.domain.user;

import java.util.regex.Pattern;

/** A practical e-mail address check: one @, a dot in the domain, no spaces. */
final class Emails {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Emails() {}

    static boolean isValid(String email) {
        return SHAPE.matcher(email).matches();
    }
}
