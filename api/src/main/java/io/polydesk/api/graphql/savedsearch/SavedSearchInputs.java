package io.polydesk.api.graphql.savedsearch;

import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.savedsearch.SaveSearch;
import io.polydesk.domain.savedsearch.SavedSearchKind;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The saved-search inputs, read from the schema's {@code TicketFilter} input with the listing's rules. */
final class SavedSearchInputs {

    private SavedSearchInputs() {
    }

    enum AssigneeScope { ME, UNASSIGNED, ANY }

    record FilterInput(List<String> status, List<String> priority, AssigneeScope assignee, String assigneeId,
                       String requesterId, String projectId, String tag, String text, Instant createdFrom,
                       Instant createdTo, Instant updatedFrom, Instant updatedTo, LocalDate dueFrom,
                       LocalDate dueTo, String companyId) {

        TicketFilter toFilter() {
            if (assignee != null && assigneeId != null) {
                throw DomainException.invalid("input.filter.assigneeId", "give either assignee or assigneeId, not both");
            }
            AssigneeFilter assigneeFilter = null;
            if (assigneeId != null) {
                assigneeFilter = AssigneeFilter.user(Ids.require(assigneeId, "input.filter.assigneeId"));
            } else if (assignee != null) {
                assigneeFilter = switch (assignee) {
                    case ME -> AssigneeFilter.me();
                    case UNASSIGNED -> AssigneeFilter.unassigned();
                    case ANY -> AssigneeFilter.any();
                };
            }
            return new TicketFilter(status, priority, assigneeFilter,
                    Ids.parse(requesterId, "input.filter.requesterId"), Ids.parse(projectId, "input.filter.projectId"),
                    tag, text, createdFrom, createdTo, updatedFrom, updatedTo, dueFrom, dueTo,
                    Ids.parse(companyId, "input.filter.companyId"));
        }
    }

    record CreateSavedSearchInput(String name, SavedSearchKind kind, Boolean shared, FilterInput filter) {
        SaveSearch toCommand() {
            return new SaveSearch(name, kind, Boolean.TRUE.equals(shared), filter == null ? null : filter.toFilter());
        }
    }

    record UpdateSavedSearchInput(String id, String name, SavedSearchKind kind, Boolean shared, FilterInput filter) {
        SaveSearch toCommand() {
            return new SaveSearch(name, kind, Boolean.TRUE.equals(shared), filter == null ? null : filter.toFilter());
        }
    }

    record DeleteSavedSearchInput(String id) {
    }

    record SavedSearchPayload(io.polydesk.domain.savedsearch.SavedSearch savedSearch) {
    }

    record DeleteSavedSearchPayload(String id) {
    }
}
