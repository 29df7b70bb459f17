package io.polydesk.compat.arctyk;

import io.polydesk.domain.shared.Change;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one Arctyk JSON body with the wire types Arctyk (Django REST Framework) accepts, keeping
 * "absent" apart from "null" for PATCH. Type errors are collected per field and raised together, in DRF's words;
 * fields Arctyk does not know are ignored, as DRF does.
 */
final class ArctykBody {

    private final JsonNode node;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private ArctykBody(JsonNode node) {
        this.node = node;
    }

    static ArctykBody of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ArctykRequestException.field(
                    "non_field_errors", "Invalid data. Expected a dictionary, but got " + typeName(body) + ".");
        }
        return new ArctykBody(body);
    }

    /** A string; numbers are taken as their text, as DRF's CharField does. */
    Change<String> text(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull()) {
            return Change.to(null);
        }
        if (value.isString() || value.isNumber()) {
            return Change.to(value.asString());
        }
        return fail(field, "Not a valid string.");
    }

    /** A reference by primary key: an integer, or a string holding one. */
    Change<Long> id(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull()) {
            return Change.to(null);
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Change.to(value.longValue());
        }
        if (value.isString()) {
            try {
                return Change.to(Long.parseLong(value.stringValue().strip()));
            } catch (NumberFormatException e) {
                return fail(field, "Incorrect type. Expected pk value, received str.");
            }
        }
        return fail(field, "Incorrect type. Expected pk value, received " + typeName(value) + ".");
    }

    /** A plain date, {@code YYYY-MM-DD}. */
    Change<LocalDate> date(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull()) {
            return Change.to(null);
        }
        if (value.isString()) {
            try {
                return Change.to(LocalDate.parse(value.stringValue().strip()));
            } catch (DateTimeParseException e) {
                // falls through to the format message
            }
        }
        return fail(field, "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
    }

    /** One of a fixed set of slugs that belong to the wire format itself; null is refused. */
    Change<String> choice(String field, Set<String> choices) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull()) {
            return fail(field, "This field may not be null.");
        }
        String text = value.isString() || value.isNumber() ? value.asString() : value.toString();
        if (!choices.contains(text)) {
            return fail(field, "\"" + text + "\" is not a valid choice.");
        }
        return Change.to(text);
    }

    /** Raises every type error found so far, all fields at once. */
    ArctykBody validate() {
        if (!errors.isEmpty()) {
            throw ArctykRequestException.fields(errors);
        }
        return this;
    }

    private <T> Change<T> fail(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return Change.keep();
    }

    /** Python's names for JSON types, as DRF's messages use them. */
    private static String typeName(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        return switch (value.getNodeType()) {
            case ARRAY -> "list";
            case OBJECT -> "dict";
            case BOOLEAN -> "bool";
            case NULL -> "NoneType";
            case NUMBER -> value.isIntegralNumber() ? "int" : "float";
            case STRING -> "str";
            default -> value.getNodeType().name().toLowerCase();
        };
    }
}
