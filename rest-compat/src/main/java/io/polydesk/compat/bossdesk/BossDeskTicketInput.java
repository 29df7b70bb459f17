package io.polydesk.compat.bossdesk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.domain.catalog.CatalogQueries;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.TicketSource;
import io.polydesk.domain.ticket.UpdateTicket;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code {"ticket": {...}}} into the domain's create and update commands: ids of priorities, extended statuses
 * and tags become Polydesk's keys and names, custom fields keyed by field id become field keys. {@code description}
 * is stored exactly as sent (HTML). {@code requester_id} on an update is not applied: a ticket keeps its requester.
 */
@Component
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskTicketInput {

    static final String KEY = "ticket";

    private final Workflow workflow;
    private final CatalogQueries catalog;
    private final CustomFieldService customFields;

    BossDeskTicketInput(Workflow workflow, CatalogQueries catalog, CustomFieldService customFields) {
        this.workflow = workflow;
        this.catalog = catalog;
        this.customFields = customFields;
    }

    CreateTicket create(Actor actor, JsonNode body) {
        JsonBody fields = BossDeskParams.require(body, KEY);
        JsonNode raw = body.get(KEY);
        Change<String> title = fields.text("title");
        Change<String> description = fields.text("description");
        Change<String> priority = priority(fields);
        Change<Long> type = fields.id("type_id");
        Change<Long> category = fields.id("category_id");
        Change<Long> requester = fields.id("requester_id");
        Change<Long> team = fields.id("team_id");
        Change<Long> agent = fields.id("agent_id");
        Change<LocalDate> due = due(fields);
        Change<String> source = fields.text("source");
        List<String> tags = tags(raw, fields);
        Map<String, String> custom = customFields(actor, raw, fields);
        if (title.value() == null || title.value().isBlank()) {
            fields.reject("title", BossDeskErrors.BLANK);
        }
        if (source.value() != null && !TicketSource.KNOWN.contains(source.value())) {
            fields.reject("source", BossDeskErrors.INVALID);
        }
        fields.validate();
        return CreateTicket.builder()
                .title(title.value())
                .description(description.value())
                .priority(priority.value())
                .typeId(type.value())
                .projectId(category.value())
                .requesterId(requester.value())
                .teamId(team.value())
                .assigneeId(agent.value())
                .dueDate(due.value())
                .tags(tags)
                .source(source.value())
                .customFields(custom)
                .build();
    }

    UpdateTicket update(Actor actor, JsonNode body) {
        JsonBody fields = BossDeskParams.require(body, KEY);
        JsonNode raw = body.get(KEY);
        UpdateTicket.Builder update = UpdateTicket.builder()
                .title(fields.text("title"))
                .description(fields.text("description"))
                .priority(priority(fields))
                .status(extendedStatus(fields))
                .typeId(fields.id("type_id"))
                .projectId(fields.id("category_id"))
                .teamId(fields.id("team_id"))
                .assigneeId(fields.id("agent_id"))
                .dueDate(due(fields));
        if (raw.has("tag_ids")) {
            List<String> tags = tags(raw, fields);
            update.tags(tags == null ? Change.keep() : Change.to(tags));
        }
        if (raw.has("custom_fields")) {
            update.customFields(Change.to(customFields(actor, raw, fields)));
        }
        Long version = fields.id("lock_version").value();
        if (version != null && (version < 0 || version > Integer.MAX_VALUE)) {
            fields.reject("lock_version", BossDeskErrors.INVALID);
        }
        fields.validate();
        return update.expectedLockVersion(version == null ? null : version.intValue())
                .build();
    }

    private Change<String> priority(JsonBody fields) {
        Change<Long> id = fields.id("priority_id");
        if (!id.isPresent()) {
            return Change.keep();
        }
        if (id.value() == null) {
            fields.reject("priority_id", BossDeskErrors.BLANK);
            return Change.keep();
        }
        return workflow.priorities().stream()
                .filter(p -> p.id() == id.value())
                .map(Priority::key)
                .findFirst()
                .map(Change::to)
                .orElseGet(() -> {
                    fields.reject("priority_id", BossDeskErrors.INVALID);
                    return Change.keep();
                });
    }

    private Change<String> extendedStatus(JsonBody fields) {
        Change<Long> id = fields.id("extended_status_id");
        if (!id.isPresent() || id.value() == null) {
            // Clearing the extended status leaves the ticket's state as it is.
            return Change.keep();
        }
        return workflow.statuses().stream()
                .filter(s -> s.id() == id.value())
                .map(Status::key)
                .findFirst()
                .map(Change::to)
                .orElseGet(() -> {
                    fields.reject("extended_status_id", BossDeskErrors.INVALID);
                    return Change.keep();
                });
    }

    private static Change<LocalDate> due(JsonBody fields) {
        Change<String> text = fields.text("due_at");
        if (!text.isPresent() || text.value() == null) {
            return text.isPresent() ? Change.to(null) : Change.keep();
        }
        try {
            String v = text.value().strip();
            return Change.to(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
        } catch (DateTimeParseException e) {
            fields.reject("due_at", BossDeskErrors.INVALID);
            return Change.keep();
        }
    }

    /** Tag names for {@code tag_ids}; null when absent or refused. */
    private List<String> tags(JsonNode raw, JsonBody fields) {
        List<Long> ids = BossDeskParams.ids(raw, "tag_ids", fields);
        if (ids == null) {
            return null;
        }
        Map<Long, Tag> known = catalog.tagsByIds(ids);
        if (!known.keySet().containsAll(ids)) {
            fields.reject("tag_ids", BossDeskErrors.INVALID);
            return null;
        }
        return ids.stream().distinct().map(id -> known.get(id).name()).toList();
    }

    private Map<String, String> customFields(Actor actor, JsonNode raw, JsonBody fields) {
        return BossDeskCustomFields.read(raw, fields, customFields.ticketFields(actor));
    }
}
