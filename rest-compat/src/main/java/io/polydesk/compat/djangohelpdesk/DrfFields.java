package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.support.JsonBody;
import io.polydesk.compat.support.drf.DrfFieldWording;
import io.polydesk.domain.shared.Change;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one django-helpdesk body with DRF's serializer-field semantics and messages: choices by number
 * (or a numeric string), DRF's truthy words for booleans, its date-time formats; every error collected and raised
 * together by {@link #validate()}.
 */
final class DrfFields {

    static final String REQUIRED = "This field is required.";
    static final String NOT_NULL = "This field may not be null.";
    static final String NOT_BLANK = "This field may not be blank.";
    static final String DATETIME_FORMAT = "Datetime has wrong format. Use one of these formats instead: "
            + "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";

    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "on", "t");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "off", "f");

    private final JsonNode node;
    private final JsonBody body;

    DrfFields(JsonNode node) {
        this.body = JsonBody.of(node, DrfFieldWording.INSTANCE);
        this.node = node;
    }

    boolean has(String field) {
        return body.has(field);
    }

    JsonNode raw(String field) {
        return node.get(field);
    }

    /** Required when {@code required}; null and blank refused; at most {@code maxLength} characters. */
    Change<String> charField(String field, boolean required, int maxLength) {
        if (!has(field)) {
            if (required) {
                reject(field, REQUIRED);
            }
            return Change.keep();
        }
        if (raw(field).isNull()) {
            reject(field, NOT_NULL);
            return Change.keep();
        }
        Change<String> value = body.text(field);
        if (value.isPresent()) {
            if (value.value().isBlank()) {
                reject(field, NOT_BLANK);
                return Change.keep();
            }
            if (value.value().length() > maxLength) {
                reject(field, "Ensure this field has no more than " + maxLength + " characters.");
                return Change.keep();
            }
        }
        return value;
    }

    /** Free text that may be null or empty. */
    Change<String> text(String field) {
        return body.text(field);
    }

    /** A related object's id; an empty string (an HTML form's "none") is null, as DRF reads form input. */
    Change<Long> pk(String field) {
        JsonNode value = raw(field);
        if (value != null && value.isString() && value.stringValue().isBlank()) {
            return Change.to(null);
        }
        return body.id(field);
    }

    /** An integer choice, given as a number or a numeric string; null when {@code nullable}. */
    Change<Integer> choice(String field, IntPredicate valid, boolean nullable) {
        JsonNode value = raw(field);
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull() || (value.isString() && value.stringValue().isEmpty() && nullable)) {
            if (!nullable) {
                reject(field, NOT_NULL);
            }
            return nullable ? Change.to(null) : Change.keep();
        }
        String text = value.isString() ? value.stringValue().strip() : value.toString();
        try {
            int code = Integer.parseInt(text);
            if (valid.test(code)) {
                return Change.to(code);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        reject(field, "\"" + text + "\" is not a valid choice.");
        return Change.keep();
    }

    /** DRF's BooleanField: JSON booleans, 0/1 and the words Django forms send. */
    Change<Boolean> bool(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return Change.keep();
        }
        if (value.isBoolean()) {
            return Change.to(value.booleanValue());
        }
        String text = value.isNull() ? "" : value.asString().strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(text)) {
            return Change.to(true);
        }
        if (FALSE.contains(text)) {
            return Change.to(false);
        }
        reject(field, "Must be a valid boolean.");
        return Change.keep();
    }

    /** DRF's DateTimeField input; Polydesk keeps the day only. Null or "" clears. */
    Change<LocalDate> dateTime(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull() || (value.isString() && value.stringValue().isBlank())) {
            return Change.to(null);
        }
        LocalDate day = value.isString() ? day(value.stringValue().strip()) : null;
        if (day == null) {
            reject(field, DATETIME_FORMAT);
            return Change.keep();
        }
        return Change.to(day);
    }

    void reject(String field, String message) {
        body.reject(field, message);
    }

    void validate() {
        body.validate();
    }

    private static LocalDate day(String text) {
        String iso = text.endsWith("Z") || text.endsWith("z") ? text.substring(0, text.length() - 1) + "+00:00" : text;
        try {
            return OffsetDateTime.parse(iso).toLocalDate();
        } catch (DateTimeParseException e) {
            // no offset
        }
        try {
            return LocalDateTime.parse(iso).toLocalDate();
        } catch (DateTimeParseException e) {
            // a plain day, as Python's fromisoformat also takes
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
