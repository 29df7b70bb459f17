package io.polydesk.compat.djangohelpdesk;

import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ticket custom fields as django-helpdesk's {@code custom_<key>} keys, typed as its API fields are: integers and
 * booleans as JSON numbers and booleans, decimals as strings, dates as {@code YYYY-MM-DD}, the rest as strings;
 * {@code null} when unset.
 */
final class DjangoHelpdeskCustomFields {

    static final String PREFIX = "custom_";

    private DjangoHelpdeskCustomFields() {}

    static Map<String, Object> keys(List<CustomFieldDefinition> definitions, List<CustomFieldValue> values) {
        Map<Long, String> byField = new LinkedHashMap<>();
        for (CustomFieldValue value : values) {
            byField.put(value.fieldId(), value.value());
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        for (CustomFieldDefinition field : definitions) {
            keys.put(PREFIX + field.key(), typed(field, byField.get(field.id())));
        }
        return keys;
    }

    private static Object typed(CustomFieldDefinition field, String canonical) {
        if (canonical == null) {
            return null;
        }
        return switch (field.type()) {
            case INTEGER -> Long.valueOf(canonical);
            case BOOLEAN -> Boolean.valueOf(canonical);
            default -> canonical;
        };
    }
}
