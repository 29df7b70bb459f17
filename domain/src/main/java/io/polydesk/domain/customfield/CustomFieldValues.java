package io.polydesk.domain.customfield;

import io.polydesk.domain.shared.Validation;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Turns raw input into a field's canonical text, or says why it cannot. */
public final class CustomFieldValues {

    private static final int MAX_STRING = 255;
    private static final int MAX_TEXT = 65_535;

    private CustomFieldValues() {}

    /** Returns the canonical value, or null after recording an error in {@code v}. */
    public static String canonical(CustomFieldDefinition field, String raw, Validation v) {
        String path = "customFields." + field.key();
        if (raw == null || raw.isBlank()) {
            v.check(!field.required(), path, "is required");
            return null;
        }
        String value = raw.strip();
        switch (field.type()) {
            case STRING -> {
                v.check(value.length() <= MAX_STRING, path, "must be at most " + MAX_STRING + " characters");
                return value;
            }
            case TEXT -> {
                v.check(raw.length() <= MAX_TEXT, path, "must be at most " + MAX_TEXT + " characters");
                return raw;
            }
            case URL -> {
                boolean ok = isHttpUrl(value);
                v.check(ok, path, "must be an http or https URL");
                return ok ? value : null;
            }
            case INTEGER -> {
                try {
                    return Long.toString(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    v.add(path, "must be a whole number");
                    return null;
                }
            }
            case DECIMAL -> {
                try {
                    return new BigDecimal(value).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    v.add(path, "must be a decimal number");
                    return null;
                }
            }
            case DATE -> {
                try {
                    return LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    v.add(path, "must be a date as YYYY-MM-DD");
                    return null;
                }
            }
            case BOOLEAN -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.equals("true") || lower.equals("1")) {
                    return "true";
                }
                if (lower.equals("false") || lower.equals("0")) {
                    return "false";
                }
                v.add(path, "must be true or false");
                return null;
            }
            case DROPDOWN -> {
                boolean ok = field.options().contains(value);
                v.check(ok, path, "must be one of " + field.options());
                return ok ? value : null;
            }
            default -> throw new IllegalStateException("Unhandled field type " + field.type());
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }
}
