package io.polydesk.domain.customfield;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.ReferenceCache;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Defines custom fields (administrators) and lists them (everybody signed in). */
@Service
public class CustomFieldService {

    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

    private final CustomFieldRepository fields;
    private final ReferenceCache<CustomFieldDefinition> ticketFields = new ReferenceCache<>(Clock.systemUTC());

    public CustomFieldService(CustomFieldRepository fields) {
        this.fields = fields;
    }

    /** The ticket fields, held briefly ({@link ReferenceCache}): every ticket shape that shows them asks. */
    public List<CustomFieldDefinition> ticketFields(Actor actor) {
        Actor.require(actor);
        return ticketFields.all(fields::ticketFields);
    }

    public List<CustomFieldDefinition> assetFields(Actor actor) {
        Actor.require(actor);
        return fields.assetFields();
    }

    @Transactional
    public CustomFieldDefinition define(
            Actor actor, String key, String name, CustomFieldType type, List<String> options, boolean required) {
        CustomFieldDefinition definition = checked(actor, key, name, type, options, required);
        long id = fields.insert(definition);
        ticketFields.forget();
        return fields.ticketFields().stream()
                .filter(f -> f.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Defines a custom field on assets; the same rules as for tickets, and keys shared with them. */
    @Transactional
    public CustomFieldDefinition defineAssetField(
            Actor actor, String key, String name, CustomFieldType type, List<String> options, boolean required) {
        CustomFieldDefinition definition = checked(actor, key, name, type, options, required);
        long id = fields.insertAssetField(definition);
        return fields.assetFields().stream()
                .filter(f -> f.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private CustomFieldDefinition checked(
            Actor actor, String key, String name, CustomFieldType type, List<String> options, boolean required) {
        Actor.requireAdmin(actor);
        Validation v = new Validation()
                .check(
                        key != null && KEY.matcher(key).matches(),
                        "key",
                        "must start with a lower-case letter and hold only a-z, 0-9 and _ (at most 63)")
                .required(name, "name")
                .maxLength(name, 200, "name")
                .check(type != null, "type", "must be set")
                .check(
                        type != CustomFieldType.DROPDOWN || (options != null && !options.isEmpty()),
                        "options",
                        "a dropdown needs at least one option");
        v.throwIfInvalid();
        v.check(!fields.existsByKey(key), "key", "is already taken").throwIfInvalid();
        return new CustomFieldDefinition(0, key, name.trim(), type, options, required);
    }
}
