package io.polydesk.api.graphql.ticket;

import io.polydesk.api.graphql.support.Changes;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.UpdateTicket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.ArgumentValue;

/** The ticket arguments and inputs of the schema, and how each becomes a domain command or filter. */
final class TicketInputs {

    private TicketInputs() {}

    enum AssigneeScope {
        ME,
        UNASSIGNED,
        ANY
    }

    enum TicketOrderField {
        ID,
        CREATED_AT,
        UPDATED_AT,
        PRIORITY
    }

    enum SortDirection {
        ASC,
        DESC
    }

    record TicketFilterInput(
            List<String> status,
            List<String> priority,
            AssigneeScope assignee,
            String assigneeId,
            String requesterId,
            String projectId,
            String tag,
            String text,
            Instant createdFrom,
            Instant createdTo,
            Instant updatedFrom,
            Instant updatedTo,
            LocalDate dueFrom,
            LocalDate dueTo,
            String companyId,
            List<String> teamIds,
            List<String> typeIds,
            List<String> tagsAll,
            List<String> tagsAny,
            List<String> tagsNone,
            List<String> statusNot,
            List<String> teamIdsNot,
            Boolean slaBreached,
            Instant slaDueBefore) {

        TicketFilter toFilter() {
            if (assignee != null && assigneeId != null) {
                throw DomainException.invalid("filter.assigneeId", "give either assignee or assigneeId, not both");
            }
            AssigneeFilter assigneeFilter = null;
            if (assigneeId != null) {
                assigneeFilter = AssigneeFilter.user(Ids.require(assigneeId, "filter.assigneeId"));
            } else if (assignee != null) {
                assigneeFilter = switch (assignee) {
                    case ME -> AssigneeFilter.me();
                    case UNASSIGNED -> AssigneeFilter.unassigned();
                    case ANY -> AssigneeFilter.any();
                };
            }
            return TicketFilter.builder()
                    .statuses(status)
                    .priorities(priority)
                    .assignee(assigneeFilter)
                    .requesterId(Ids.parse(requesterId, "filter.requesterId"))
                    .projectId(Ids.parse(projectId, "filter.projectId"))
                    .tag(tag)
                    .text(text)
                    .createdFrom(createdFrom)
                    .createdTo(createdTo)
                    .updatedFrom(updatedFrom)
                    .updatedTo(updatedTo)
                    .dueFrom(dueFrom)
                    .dueTo(dueTo)
                    .companyId(Ids.parse(companyId, "filter.companyId"))
                    .slaBreached(slaBreached)
                    .slaDueBefore(slaDueBefore)
                    .inbox(new TicketFilter.Inbox(
                            ids(teamIds, "filter.teamIds"),
                            ids(typeIds, "filter.typeIds"),
                            tagsAll,
                            tagsAny,
                            tagsNone,
                            statusNot,
                            ids(teamIdsNot, "filter.teamIdsNot")))
                    .build();
        }

        private static List<Long> ids(List<String> raw, String path) {
            if (raw == null) {
                return List.of();
            }
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                ids.add(Ids.require(raw.get(i), path + "[" + i + "]"));
            }
            return ids;
        }
    }

    record TicketOrderInput(TicketOrderField field, SortDirection direction) {

        TicketOrder toOrder() {
            TicketOrder.Field f =
                    field == null ? TicketOrder.Field.CREATED_AT : TicketOrder.Field.valueOf(field.name());
            return new TicketOrder(f, direction != SortDirection.ASC);
        }
    }

    record CustomFieldInput(String key, String value) {

        /** In input order, the last value winning for a repeated key; null values kept (they clear a field). */
        static Map<String, String> toMap(List<CustomFieldInput> fields) {
            Map<String, String> values = new LinkedHashMap<>();
            if (fields != null) {
                fields.forEach(f -> values.put(f.key(), f.value()));
            }
            return values;
        }
    }

    record CreateTicketInput(
            String title,
            String description,
            String priority,
            String projectId,
            String assigneeId,
            String requesterId,
            String teamId,
            String typeId,
            List<String> tags,
            LocalDate dueDate,
            String source,
            List<CustomFieldInput> customFields) {

        CreateTicket toCommand() {
            Map<String, String> values = CustomFieldInput.toMap(customFields);
            // On a new ticket a null value means "not set"; the command keeps only values.
            values.values().removeIf(v -> v == null);
            return CreateTicket.builder()
                    .title(title)
                    .description(description)
                    .priority(priority)
                    .projectId(Ids.parse(projectId, "input.projectId"))
                    .assigneeId(Ids.parse(assigneeId, "input.assigneeId"))
                    .requesterId(Ids.parse(requesterId, "input.requesterId"))
                    .teamId(Ids.parse(teamId, "input.teamId"))
                    .typeId(Ids.parse(typeId, "input.typeId"))
                    .tags(tags)
                    .dueDate(dueDate)
                    .source(source)
                    .customFields(values)
                    .build();
        }
    }

    record UpdateTicketInput(
            String id,
            Integer lockVersion,
            ArgumentValue<String> title,
            ArgumentValue<String> description,
            ArgumentValue<String> priority,
            ArgumentValue<String> status,
            ArgumentValue<String> assigneeId,
            ArgumentValue<String> projectId,
            ArgumentValue<String> teamId,
            ArgumentValue<String> typeId,
            ArgumentValue<List<String>> tags,
            ArgumentValue<LocalDate> dueDate,
            ArgumentValue<String> resolution,
            ArgumentValue<List<CustomFieldInput>> customFields,
            ArgumentValue<String> companyId) {

        UpdateTicket toCommand() {
            return UpdateTicket.builder()
                    .title(Changes.of(title))
                    .description(Changes.of(description))
                    .priority(Changes.of(priority))
                    .status(Changes.of(status))
                    .assigneeId(Changes.of(assigneeId, raw -> Ids.parse(raw, "input.assigneeId")))
                    .projectId(Changes.of(projectId, raw -> Ids.parse(raw, "input.projectId")))
                    .teamId(Changes.of(teamId, raw -> Ids.parse(raw, "input.teamId")))
                    .typeId(Changes.of(typeId, raw -> Ids.parse(raw, "input.typeId")))
                    .tags(Changes.of(tags))
                    .dueDate(Changes.of(dueDate))
                    .resolution(Changes.of(resolution))
                    // A null list names no field, so there is nothing to change; null values inside it clear.
                    .customFields(
                            customFields.value() == null
                                    ? Change.keep()
                                    : Change.to(CustomFieldInput.toMap(customFields.value())))
                    .companyId(Changes.of(companyId, raw -> Ids.parse(raw, "input.companyId")))
                    .expectedLockVersion(lockVersion)
                    .build();
        }
    }

    record AssignTicketInput(String id, String assigneeId, Integer lockVersion) {}

    record ChangeTicketStatusInput(String id, String status, String resolution, Integer lockVersion) {}

    record DeleteTicketInput(String id, Integer lockVersion) {}

    record ArchiveTicketInput(String id, Integer lockVersion) {}
}
