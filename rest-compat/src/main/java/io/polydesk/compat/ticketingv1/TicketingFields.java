package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.JsonBody;
import io.polydesk.compat.support.JsonType;
import io.polydesk.compat.support.QueryParams;
import io.polydesk.domain.shared.Change;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The Ticketing fields {@link JsonBody} has no reader for: the fixed vocabularies with the document's wording,
 * {@code tags} and {@code custom_fields}. Wrong shapes are collected on {@code fields} as 400s.
 */
final class TicketingFields {

    private TicketingFields() {}

    /** One of the document's values ({@code status}, {@code priority}); null is refused. */
    static Change<String> choice(JsonBody fields, String field, List<String> values) {
        Change<String> text = fields.text(field);
        if (text.isPresent() && (text.value() == null || !values.contains(text.value()))) {
            fields.reject(field, TicketingVocabulary.mustBeOneOf(field, values));
            return Change.keep();
        }
        return text;
    }

    /** A query parameter that must be one of the document's values; null when absent. */
    static String oneOf(QueryParams query, String name, List<String> values) {
        String value = query.text(name);
        if (value != null && !values.contains(value)) {
            query.reject(name, TicketingVocabulary.mustBeOneOf(name, values));
            return null;
        }
        return value;
    }

    /** An array of strings; null means none. */
    static Change<List<String>> tags(JsonNode body, JsonBody fields) {
        JsonNode value = body.get("tags");
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull()) {
            return Change.to(List.of());
        }
        if (!value.isArray()) {
            fields.reject("tags", "Expected an array of strings, got " + describe(value));
            return Change.keep();
        }
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode tag = value.get(i);
            if (tag.isString()) {
                tags.add(tag.stringValue());
            } else {
                fields.reject("tags[" + i + "]", "Expected a string, got " + describe(tag));
            }
        }
        return Change.to(tags);
    }

    /**
     * An object of field key to value; numbers and booleans are taken as their text, and null clears a field
     * ({@code keepNulls}, on update) or is left out (on create).
     */
    static Change<Map<String, String>> customFields(JsonNode body, JsonBody fields, boolean keepNulls) {
        JsonNode value = body.get("custom_fields");
        if (value == null || value.isNull()) {
            return Change.keep();
        }
        if (!value.isObject()) {
            fields.reject("custom_fields", "Expected an object, got " + describe(value));
            return Change.keep();
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            JsonNode v = entry.getValue();
            if (v.isNull()) {
                if (keepNulls) {
                    result.put(entry.getKey(), null);
                }
            } else if (v.isString() || v.isNumber() || v.isBoolean()) {
                result.put(entry.getKey(), v.asString());
            } else {
                fields.reject(
                        "custom_fields." + entry.getKey(), "Expected a string, number or boolean, got " + describe(v));
            }
        }
        return Change.to(result);
    }

    static String describe(JsonNode value) {
        return TicketingWording.INSTANCE.notText(JsonType.of(value)).substring("Expected a string, got ".length());
    }
}
