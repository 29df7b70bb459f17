package io.polydesk.api.graphql.savedsearch;

import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.savedsearch.SaveSearch;
import io.polydesk.domain.savedsearch.SavedSearchKind;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The saved-search inputs, read from the schema's {@code TicketFilter} and {@code AssetFilter} inputs. */
final class SavedSearchInputs {

    private SavedSearchInputs() {}

    enum AssigneeScope {
        ME,
        UNASSIGNED,
        ANY
    }

    record FilterInput(
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
            if (teamIds != null
                    || typeIds != null
                    || tagsAll != null
                    || tagsAny != null
                    || tagsNone != null
                    || statusNot != null
                    || teamIdsNot != null
                    || slaBreached != null
                    || slaDueBefore != null) {
                // Refused rather than dropped: a saved search must list what it was saved with.
                throw DomainException.invalid(
                        "input.ticketFilter",
                        "saved searches do not keep teamIds, typeIds, tagsAll, tagsAny, tagsNone, statusNot,"
                                + " teamIdsNot, slaBreached or slaDueBefore yet");
            }
            if (assignee != null && assigneeId != null) {
                throw DomainException.invalid(
                        "input.ticketFilter.assigneeId", "give either assignee or assigneeId, not both");
            }
            AssigneeFilter assigneeFilter = null;
            if (assigneeId != null) {
                assigneeFilter = AssigneeFilter.user(Ids.require(assigneeId, "input.ticketFilter.assigneeId"));
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
                    .requesterId(Ids.parse(requesterId, "input.ticketFilter.requesterId"))
                    .projectId(Ids.parse(projectId, "input.ticketFilter.projectId"))
                    .tag(tag)
                    .text(text)
                    .createdFrom(createdFrom)
                    .createdTo(createdTo)
                    .updatedFrom(updatedFrom)
                    .updatedTo(updatedTo)
                    .dueFrom(dueFrom)
                    .dueTo(dueTo)
                    .companyId(Ids.parse(companyId, "input.ticketFilter.companyId"))
                    .build();
        }
    }

    /** The {@code AssetFilter} input as the {@code assets} query reads it, with this input's field paths. */
    record AssetFilterInput(
            String typeId,
            String statusId,
            String locationId,
            String ownerId,
            String assignedUserId,
            String tag,
            String text) {

        AssetFilter toFilter() {
            return AssetFilter.builder()
                    .typeId(Ids.parse(typeId, "input.assetFilter.typeId"))
                    .statusId(Ids.parse(statusId, "input.assetFilter.statusId"))
                    .locationId(Ids.parse(locationId, "input.assetFilter.locationId"))
                    .ownerId(Ids.parse(ownerId, "input.assetFilter.ownerId"))
                    .assignedUserId(Ids.parse(assignedUserId, "input.assetFilter.assignedUserId"))
                    .tag(tag)
                    .text(text)
                    .build();
        }
    }

    record CreateSavedSearchInput(
            String name, SavedSearchKind kind, Boolean shared, FilterInput ticketFilter, AssetFilterInput assetFilter) {
        SaveSearch toCommand() {
            return command(name, kind, shared, ticketFilter, assetFilter);
        }
    }

    record UpdateSavedSearchInput(
            String id,
            String name,
            SavedSearchKind kind,
            Boolean shared,
            FilterInput ticketFilter,
            AssetFilterInput assetFilter) {
        SaveSearch toCommand() {
            return command(name, kind, shared, ticketFilter, assetFilter);
        }
    }

    private static SaveSearch command(
            String name, SavedSearchKind kind, Boolean shared, FilterInput tickets, AssetFilterInput assets) {
        return new SaveSearch(
                name,
                kind,
                Boolean.TRUE.equals(shared),
                tickets == null ? null : tickets.toFilter(),
                assets == null ? null : assets.toFilter());
    }

    record DeleteSavedSearchInput(String id) {}

    record SavedSearchPayload(io.polydesk.domain.savedsearch.SavedSearch savedSearch) {}

    record DeleteSavedSearchPayload(String id) {}
}
