package io.polydesk.compat.bossdesk;

import io.polydesk.compat.support.JsonBody;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Custom fields as BOSSDesk writes them, keyed by field id as a string with typed values ({@code {"49": true}}),
 * to and from the domain's values keyed by field key and held as canonical text.
 */
final class BossDeskCustomFields {

    private BossDeskCustomFields() {}

    /** The {@code custom_fields} object of a write, keyed by field key; an unknown id or a nested value is invalid. */
    static Map<String, String> read(JsonNode raw, JsonBody fields, List<CustomFieldDefinition> definitions) {
        JsonNode values = raw == null ? null : raw.get("custom_fields");
        if (values == null || values.isNull()) {
            return Map.of();
        }
        if (!values.isObject()) {
            fields.reject("custom_fields", BossDeskErrors.INVALID);
            return Map.of();
        }
        Map<String, CustomFieldDefinition> byId = new HashMap<>();
        definitions.forEach(f -> byId.put(Long.toString(f.id()), f));
        Map<String, String> result = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : values.properties()) {
            CustomFieldDefinition field = byId.get(entry.getKey().strip());
            JsonNode value = entry.getValue();
            if (field == null || value.isObject() || value.isArray()) {
                fields.reject("custom_fields", BossDeskErrors.INVALID);
                continue;
            }
            result.put(field.key(), value.isNull() ? null : value.asString());
        }
        return result;
    }

    /** Stored values keyed by field id, typed as the field is: numbers, booleans, text. */
    static Map<String, Object> show(Map<Long, String> values, List<CustomFieldDefinition> definitions) {
        if (values.isEmpty()) {
            return Map.of();
        }
        Map<Long, CustomFieldDefinition> byId =
                definitions.stream().collect(Collectors.toMap(CustomFieldDefinition::id, Function.identity()));
        Map<String, Object> result = new LinkedHashMap<>();
        values.forEach((id, value) -> {
            CustomFieldDefinition field = byId.get(id);
            result.put(Long.toString(id), field == null ? value : BossDeskTicketViews.typed(field, value));
        });
        return result;
    }
}
