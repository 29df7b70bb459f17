package io.polydesk.api.graphql.ticket;

import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's {@code TicketFilter} input, read the same wherever it appears: as the {@code tickets} query's filter
 * and as a saved search's; each names its fields under its own path in errors.
 */
public record TicketFilterInput(
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

    /** The schema's {@code AssigneeScope}: whose tickets, without naming a user. */
    public enum AssigneeScope {
        ME,
        UNASSIGNED,
        ANY
    }

    /** The domain filter; {@code path} prefixes the field names of errors, e.g. {@code filter}. */
    public TicketFilter toFilter(String path) {
        if (assignee != null && assigneeId != null) {
            throw DomainException.invalid(path + ".assigneeId", "give either assignee or assigneeId, not both");
        }
        AssigneeFilter assigneeFilter = null;
        if (assigneeId != null) {
            assigneeFilter = AssigneeFilter.user(Ids.require(assigneeId, path + ".assigneeId"));
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
                .requesterId(Ids.parse(requesterId, path + ".requesterId"))
                .projectId(Ids.parse(projectId, path + ".projectId"))
                .tag(tag)
                .text(text)
                .createdFrom(createdFrom)
                .createdTo(createdTo)
                .updatedFrom(updatedFrom)
                .updatedTo(updatedTo)
                .dueFrom(dueFrom)
                .dueTo(dueTo)
                .companyId(Ids.parse(companyId, path + ".companyId"))
                .slaBreached(slaBreached)
                .slaDueBefore(slaDueBefore)
                .inbox(new TicketFilter.Inbox(
                        ids(teamIds, path + ".teamIds"),
                        ids(typeIds, path + ".typeIds"),
                        tagsAll,
                        tagsAny,
                        tagsNone,
                        statusNot,
                        ids(teamIdsNot, path + ".teamIdsNot")))
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
