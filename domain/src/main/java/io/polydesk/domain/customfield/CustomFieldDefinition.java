package io.polydesk.domain.customfield;

import java.util.List;

/** A typed extra field on tickets; {@code key} is what API inputs name it by. */
public record CustomFieldDefinition(
        long id, String key, String name, CustomFieldType type, List<String> options, boolean required) {

    public CustomFieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
