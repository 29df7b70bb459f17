package io.polydesk.compat.support;

import io.polydesk.domain.shared.Change;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object body, keeping "absent" ({@link Change#keep()}) apart from "null" for PATCH.
 * Type errors are collected per field and raised together by {@link #validate()}, in the dialect's words; fields
 * the dialect does not read are ignored.
 */
public final class JsonBody {

    private final JsonNode node;
    private final JsonBodyWording wording;
    private final FieldErrors errors = new FieldErrors();

    private JsonBody(JsonNode node, JsonBodyWording wording) {
        this.node = node;
        this.wording = wording;
    }

    public static JsonBody of(JsonNode body, JsonBodyWording wording) {
        if (body == null || !body.isObject()) {
            throw RequestRejected.field(wording.bodyField(), wording.notAnObject(JsonType.of(body)));
        }
        return new JsonBody(body, wording);
    }

    public boolean has(String field) {
        return node.has(field);
    }

    /** A string; numbers are taken as their text, as most form-minded APIs do. */
    public Change<String> text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absentOrNull(value);
        }
        if (value.isString() || value.isNumber()) {
            return Change.to(value.asString());
        }
        return fail(field, wording.notText(JsonType.of(value)));
    }

    /** A reference by id: an integer, or a string holding one. */
    public Change<Long> id(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absentOrNull(value);
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Change.to(value.longValue());
        }
        if (value.isString()) {
            try {
                return Change.to(Long.parseLong(value.stringValue().strip()));
            } catch (NumberFormatException e) {
                return fail(field, wording.notAnId(JsonType.STRING));
            }
        }
        return fail(field, wording.notAnId(JsonType.of(value)));
    }

    /** A JSON boolean. */
    public Change<Boolean> bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absentOrNull(value);
        }
        if (value.isBoolean()) {
            return Change.to(value.booleanValue());
        }
        return fail(field, wording.notABoolean(JsonType.of(value)));
    }

    /** A plain date, {@code YYYY-MM-DD}. */
    public Change<LocalDate> date(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absentOrNull(value);
        }
        if (value.isString()) {
            try {
                return Change.to(LocalDate.parse(value.stringValue().strip()));
            } catch (DateTimeParseException e) {
                // falls through to the format message
            }
        }
        return fail(field, wording.notADate());
    }

    /** One of a fixed set of values that belong to the wire format itself; null is refused. */
    public Change<String> choice(String field, Set<String> choices) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull()) {
            return fail(field, wording.mayNotBeNull());
        }
        String text = value.isString() || value.isNumber() ? value.asString() : value.toString();
        if (!choices.contains(text)) {
            return fail(field, wording.notAChoice(text));
        }
        return Change.to(text);
    }

    /** Adds a refusal the caller found itself, to be raised with the rest. */
    public void reject(String field, String message) {
        errors.add(field, message);
    }

    /** Raises every error found so far, all fields at once. */
    public JsonBody validate() {
        errors.throwIfAny();
        return this;
    }

    private static <T> Change<T> absentOrNull(JsonNode value) {
        return value == null ? Change.keep() : Change.to(null);
    }

    private <T> Change<T> fail(String field, String message) {
        errors.add(field, message);
        return Change.keep();
    }
}
