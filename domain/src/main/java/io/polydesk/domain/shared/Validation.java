package io.polydesk.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one command, so a caller learns all of them at once. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation required(String value, String field) {
        return check(value != null && !value.isBlank(), field, "must not be blank");
    }

    public Validation maxLength(String value, int max, String field) {
        return check(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    public Validation add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
