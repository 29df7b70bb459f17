package io.polydesk.compat.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * Reads query-string (or form) parameters: blank values do not count, malformed ones are collected as field errors
 * and raised together by {@link #validate()}, in the dialect's words. Names can be matched ignoring case, for APIs
 * whose parameters are case-insensitive.
 */
public final class QueryParams {

    private final MultiValueMap<String, String> params;
    private final QueryParamWording wording;
    private final boolean ignoreCase;
    private final FieldErrors errors = new FieldErrors();

    private QueryParams(MultiValueMap<String, String> params, QueryParamWording wording, boolean ignoreCase) {
        this.params = params;
        this.wording = wording;
        this.ignoreCase = ignoreCase;
    }

    public static QueryParams of(MultiValueMap<String, String> params, QueryParamWording wording) {
        return new QueryParams(params, wording, false);
    }

    public static QueryParams ignoringCase(MultiValueMap<String, String> params, QueryParamWording wording) {
        return new QueryParams(params, wording, true);
    }

    /** The stripped value, or null when absent or blank. */
    public String text(String name) {
        String value = raw(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number of at least {@code minimum}; {@code fallback} when absent. */
    public int integer(String name, int fallback, int minimum) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= minimum) {
                return parsed;
            }
            errors.add(name, wording.lessThan(minimum));
        } catch (NumberFormatException e) {
            errors.add(name, wording.notAnInteger());
        }
        return fallback;
    }

    /** A reference by id: a whole number of at least 1; null when absent or malformed (then recorded). */
    public Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= 1) {
                return parsed;
            }
            errors.add(name, wording.lessThan(1));
        } catch (NumberFormatException e) {
            errors.add(name, wording.notAnInteger());
        }
        return null;
    }

    /** Every non-blank value of a repeated parameter, stripped, in the order sent. */
    public List<String> values(String name) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : params.entrySet()) {
            if (ignoreCase
                    ? entry.getKey().equalsIgnoreCase(name)
                    : entry.getKey().equals(name)) {
                entry.getValue().stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .forEach(found::add);
            }
        }
        return found;
    }

    /** The names of every parameter sent, in the client's case. */
    public Set<String> names() {
        return params.keySet();
    }

    /** Whether the parameter was sent at all, even blank. */
    public boolean has(String name) {
        return params.keySet().stream().anyMatch(key -> ignoreCase ? key.equalsIgnoreCase(name) : key.equals(name));
    }

    /** One of {@code choices}, compared exactly; null when absent. */
    public String choice(String name, Set<String> choices) {
        String value = text(name);
        if (value != null && !choices.contains(value)) {
            errors.add(name, wording.notAChoice(value));
            return null;
        }
        return value;
    }

    /** {@code true/false}, {@code 1/0}, {@code yes/no}, {@code on/off}; null when absent. */
    public Boolean bool(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> Boolean.TRUE;
            case "false", "0", "no", "off" -> Boolean.FALSE;
            default -> {
                errors.add(name, wording.notABoolean(value));
                yield null;
            }
        };
    }

    /** A plain date, {@code YYYY-MM-DD}; null when absent. */
    public LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(name, wording.notADate());
            return null;
        }
    }

    /** Adds a refusal the caller found itself, to be raised with the rest. */
    public void reject(String name, String message) {
        errors.add(name, message);
    }

    /** Raises every error found so far, all parameters at once. */
    public void validate() {
        errors.throwIfAny();
    }

    private String raw(String name) {
        if (!ignoreCase) {
            return params.getFirst(name);
        }
        for (Map.Entry<String, List<String>> entry : params.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return entry.getValue().get(0);
            }
        }
        return null;
    }
}
