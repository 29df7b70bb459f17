package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticket.UpdateTicket;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns django-helpdesk ticket bodies into Polydesk commands, with the serializer's and the web form's messages
 * (§4.6 and §4.7 of the research notes) for what the wire format itself refuses. The domain checks the rest.
 */
@Component
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskTicketReader {

    /** The Ticket model's {@code title = CharField(max_length=200)}. */
    static final int TITLE_LENGTH = 200;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final CustomFieldService customFields;
    private final TicketQueries tickets;

    DjangoHelpdeskTicketReader(CustomFieldService customFields, TicketQueries tickets) {
        this.customFields = customFields;
        this.tickets = tickets;
    }

    /**
     * A new ticket as read from {@code POST /tickets/}, with the submitter's address still to be turned into a
     * requester (inside the write, since that may register one).
     */
    record Draft(CreateTicket.Builder ticket, String submitterEmail) {}

    /** {@code POST /tickets/}: status, on_hold, resolution and merged_to are ignored, as django-helpdesk does. */
    Draft create(Actor actor, JsonNode body) {
        DrfFields fields = new DrfFields(body);
        Change<Long> queue = fields.pk("queue");
        if (!fields.has("queue")) {
            fields.reject("queue", DrfFields.REQUIRED);
        } else if (queue.isPresent() && queue.value() == null) {
            fields.reject("queue", DrfFields.NOT_NULL);
        }
        Change<String> title = fields.charField("title", true, TITLE_LENGTH);
        Change<String> description = fields.text("description");
        if (!fields.has("description")) {
            // The original indexes the key and fails with a 500; a client is better served by naming it.
            fields.reject("description", DrfFields.REQUIRED);
        } else if (description.isPresent()
                && (description.value() == null || description.value().isBlank())) {
            // The web form behind the serializer calls it "body".
            fields.reject("body", DrfFields.REQUIRED);
        }
        String submitter = submitter(fields);
        Change<Long> assignedTo = fields.pk("assigned_to");
        Change<Integer> priority = fields.choice("priority", DjangoHelpdeskVocabulary::isPriorityCode, false);
        if (!fields.has("priority")) {
            fields.reject("priority", DrfFields.REQUIRED);
        }
        var dueDate = fields.dateTime("due_date");
        Map<String, String> custom = customValues(actor, fields, true, false);
        fields.validate();
        return new Draft(
                CreateTicket.builder()
                        .title(title.value())
                        .description(description.value())
                        .projectId(queue.value())
                        .assigneeId(assignedTo.value())
                        .priority(priority.isPresent() ? DjangoHelpdeskVocabulary.priorityKey(priority.value()) : null)
                        .dueDate(dueDate.value())
                        .customFields(custom),
                submitter);
    }

    /** PUT ({@code full}) needs {@code queue}, {@code title} and required custom fields; PATCH takes any subset. */
    UpdateTicket update(Actor actor, Ticket current, JsonNode body, boolean full) {
        DrfFields fields = new DrfFields(body);
        Change<Long> queue = fields.pk("queue");
        if (full && !fields.has("queue")) {
            fields.reject("queue", DrfFields.REQUIRED);
        } else if (queue.isPresent() && queue.value() == null) {
            fields.reject("queue", DrfFields.NOT_NULL);
        }
        Change<String> title = fields.charField("title", full, TITLE_LENGTH);
        Change<String> description = fields.text("description");
        Change<String> resolution = fields.text("resolution");
        if (fields.has("submitter_email")) {
            submitter(fields);
        }
        Change<Long> assignedTo = fields.pk("assigned_to");
        Change<Integer> status = fields.choice("status", DjangoHelpdeskVocabulary::isStatusCode, false);
        Change<Boolean> onHold = fields.bool("on_hold");
        Change<Integer> priority = fields.choice("priority", DjangoHelpdeskVocabulary::isPriorityCode, false);
        var dueDate = fields.dateTime("due_date");
        Map<String, String> custom = customValues(actor, fields, full, true);
        fields.validate();
        return UpdateTicket.builder()
                .projectId(queue)
                .title(title)
                .description(description)
                .resolution(resolution)
                .assigneeId(assignedTo)
                .status(status(current, status, onHold))
                .priority(priority.map(DjangoHelpdeskVocabulary::priorityKey))
                .dueDate(dueDate)
                .customFields(custom.isEmpty() ? Change.keep() : Change.to(custom))
                .build();
    }

    /**
     * A status code and {@code on_hold} as a Polydesk status: a code the ticket already shows changes nothing, 1
     * with {@code on_hold} is {@code on_hold}, 1 without it {@code open}.
     */
    Change<String> status(Ticket current, Change<Integer> code, Change<Boolean> onHold) {
        String currentKey = tickets.status(current).key();
        int currentCode = DjangoHelpdeskVocabulary.statusCode(currentKey);
        int target = code.isPresent() ? code.value() : currentCode;
        if (target != DjangoHelpdeskVocabulary.OPEN) {
            return target == currentCode ? Change.keep() : Change.to(DjangoHelpdeskVocabulary.statusKey(target));
        }
        boolean hold = onHold.isPresent() ? onHold.value() : current.onHold();
        if (hold) {
            return current.onHold() ? Change.keep() : Change.to("on_hold");
        }
        return currentCode == DjangoHelpdeskVocabulary.OPEN && !current.onHold()
                ? Change.keep()
                : Change.to(DjangoHelpdeskVocabulary.statusKey(DjangoHelpdeskVocabulary.OPEN));
    }

    /** {@code submitter_email}, checked as DRF's EmailField; null when absent or blank. */
    private static String submitter(DrfFields fields) {
        Change<String> email = fields.text("submitter_email");
        if (!email.isPresent() || email.value() == null || email.value().isBlank()) {
            return null;
        }
        String address = email.value().strip();
        if (!EMAIL.matcher(address).matches()) {
            fields.reject("submitter_email", "Enter a valid email address.");
            return null;
        }
        return address;
    }

    /** Every {@code custom_<key>} of a defined ticket field, as text; unknown keys are ignored, as DRF does. */
    private Map<String, String> customValues(Actor actor, DrfFields fields, boolean requireAll, boolean nullClears) {
        Map<String, String> values = new HashMap<>();
        for (CustomFieldDefinition field : customFields.ticketFields(actor)) {
            String key = DjangoHelpdeskCustomFields.PREFIX + field.key();
            JsonNode value = fields.raw(key);
            if (value == null) {
                if (requireAll && field.required()) {
                    fields.reject(key, DrfFields.REQUIRED);
                }
                continue;
            }
            if (value.isNull()) {
                if (field.required()) {
                    fields.reject(key, DrfFields.NOT_NULL);
                } else if (nullClears) {
                    values.put(field.key(), null);
                }
                continue;
            }
            if (value.isContainer()) {
                fields.reject(key, "Not a valid string.");
                continue;
            }
            String text = value.asString();
            if (field.required() && text.isBlank()) {
                fields.reject(key, DrfFields.NOT_BLANK);
                continue;
            }
            values.put(field.key(), text);
        }
        return values;
    }
}
