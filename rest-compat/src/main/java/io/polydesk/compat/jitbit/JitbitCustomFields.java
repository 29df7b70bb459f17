package io.polydesk.compat.jitbit;

import io.polydesk.compat.jitbit.dto.CustomFieldValue;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.QueryParams;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldType;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.TicketQueries;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Ticket custom fields as Jitbit names them: by numeric {@code FieldID}, typed 1 text, 2 date, 3 drop-down,
 * 4 checkbox, 5 multi-line text, a drop-down value by its option id (the option's position, from 1) or its text.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitCustomFields {

    private final CustomFieldService definitions;
    private final TicketQueries tickets;

    JitbitCustomFields(CustomFieldService definitions, TicketQueries tickets) {
        this.definitions = definitions;
        this.tickets = tickets;
    }

    /** Each ticket's fields with a value, or every field when {@code returnUnset}. */
    Map<Long, List<CustomFieldValue>> ofTickets(Actor actor, Collection<Long> ticketIds, boolean returnUnset) {
        List<CustomFieldDefinition> fields = definitions.ticketFields(actor);
        Map<Long, List<io.polydesk.domain.customfield.CustomFieldValue>> values = tickets.customFieldsOf(ticketIds);
        Map<Long, List<CustomFieldValue>> result = new HashMap<>();
        for (Long ticketId : ticketIds) {
            Map<Long, String> byField = values.getOrDefault(ticketId, List.of()).stream()
                    .collect(Collectors.toMap(
                            io.polydesk.domain.customfield.CustomFieldValue::fieldId,
                            io.polydesk.domain.customfield.CustomFieldValue::value,
                            (a, b) -> a));
            result.put(
                    ticketId,
                    fields.stream()
                            .filter(f -> returnUnset || byField.get(f.id()) != null)
                            .map(f -> value(f, byField.get(f.id())))
                            .toList());
        }
        return result;
    }

    /**
     * Jitbit's {@code fieldId → value} as the domain's {@code key → value}; an unknown field id is recorded against
     * {@code parameter}.
     */
    Map<String, String> byKey(Actor actor, Map<Long, String> values, QueryParams params, String parameter) {
        return byKey(definitions.ticketFields(actor), values, params, parameter);
    }

    /** As {@link #byKey}, for the custom fields of assets. */
    Map<String, String> assetByKey(Actor actor, Map<Long, String> values, QueryParams params, String parameter) {
        return byKey(definitions.assetFields(actor), values, params, parameter);
    }

    private static Map<String, String> byKey(
            List<CustomFieldDefinition> definitions, Map<Long, String> values, QueryParams params, String parameter) {
        Map<Long, CustomFieldDefinition> fields =
                definitions.stream().collect(Collectors.toMap(CustomFieldDefinition::id, f -> f));
        Map<String, String> byKey = new HashMap<>();
        values.forEach((id, value) -> {
            CustomFieldDefinition field = fields.get(id);
            if (field == null) {
                params.reject(parameter, "names no custom field with id " + id);
            } else {
                byKey.put(field.key(), canonical(field, value));
            }
        });
        return byKey;
    }

    /** A drop-down's option id is its position from 1; a checkbox's {@code on} is {@code true}. */
    private static String canonical(CustomFieldDefinition field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (field.type() == CustomFieldType.DROPDOWN
                && v.matches("\\d{1,9}")
                && !field.options().contains(v)) {
            int index = Integer.parseInt(v) - 1;
            return index >= 0 && index < field.options().size()
                    ? field.options().get(index)
                    : v;
        }
        if (field.type() == CustomFieldType.BOOLEAN) {
            return switch (v.toLowerCase()) {
                case "on", "1", "yes", "true" -> "true";
                case "off", "0", "no", "false" -> "false";
                default -> v;
            };
        }
        return v;
    }

    static CustomFieldValue value(CustomFieldDefinition field, String value) {
        int option = field.type() == CustomFieldType.DROPDOWN && value != null
                ? field.options().indexOf(value)
                : -1;
        return new CustomFieldValue(
                field.id(),
                field.name(),
                value,
                value,
                option >= 0 ? option + 1 : null,
                type(field.type()),
                field.required(),
                field.options());
    }

    static int type(CustomFieldType type) {
        return switch (type) {
            case DATE -> 2;
            case DROPDOWN -> 3;
            case BOOLEAN -> 4;
            case TEXT -> 5;
            default -> 1;
        };
    }
}
