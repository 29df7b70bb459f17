package io.polydesk.domain.customfield;

import io.polydesk.domain.shared.Validation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks custom-field input against the owner's field definitions and stores the canonical values, so that
 * tickets and assets follow one set of rules.
 */
@Component
public class CustomFieldWrites {

    private final CustomFieldRepository fields;
    private final CustomFieldService definitions;

    public CustomFieldWrites(CustomFieldRepository fields, CustomFieldService definitions) {
        this.fields = fields;
        this.definitions = definitions;
    }

    /**
     * Validates input keyed by field key and returns canonical values keyed by field id. On a new ticket or
     * asset ({@code creating}) every required field must be named.
     */
    public Map<Long, String> canonicalValues(
            CustomFieldOwner owner, Map<String, String> input, boolean creating, Validation v) {
        List<CustomFieldDefinition> definitions = definitions(owner);
        Map<String, CustomFieldDefinition> byKey =
                definitions.stream().collect(Collectors.toMap(CustomFieldDefinition::key, Function.identity()));
        Map<Long, String> result = new HashMap<>();
        input.forEach((key, raw) -> {
            CustomFieldDefinition field = byKey.get(key);
            if (field == null) {
                v.add("customFields." + key, owner.unknownFieldMessage());
                return;
            }
            result.put(field.id(), CustomFieldValues.canonical(field, raw, v));
        });
        if (creating) {
            for (CustomFieldDefinition field : definitions) {
                v.check(
                        !field.required() || input.containsKey(field.key()),
                        "customFields." + field.key(),
                        "is required");
            }
        }
        return result;
    }

    /** The values one ticket or asset holds now, keyed by field id. */
    public Map<Long, String> currentValues(CustomFieldOwner owner, long ownerId) {
        Map<Long, String> values = new HashMap<>();
        switch (owner) {
            case TICKET -> fields.valuesOf(List.of(ownerId)).forEach(f -> values.put(f.fieldId(), f.value()));
            case ASSET -> fields.assetValuesOf(List.of(ownerId)).forEach(f -> values.put(f.fieldId(), f.value()));
        }
        return values;
    }

    /** Stores canonical values keyed by field id; a null value removes the field, no values write nothing. */
    public void store(CustomFieldOwner owner, long ownerId, Map<Long, String> values) {
        if (values.isEmpty()) {
            return;
        }
        switch (owner) {
            case TICKET -> fields.putValues(ownerId, values);
            case ASSET -> fields.putAssetValues(ownerId, values);
        }
    }

    private List<CustomFieldDefinition> definitions(CustomFieldOwner owner) {
        return switch (owner) {
            case TICKET -> definitions.heldTicketFields();
            case ASSET -> fields.assetFields();
        };
    }
}
