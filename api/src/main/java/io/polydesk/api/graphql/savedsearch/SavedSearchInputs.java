package io.polydesk.api.graphql.savedsearch;

import io.polydesk.api.graphql.support.Ids;
import io.polydesk.api.graphql.ticket.TicketFilterInput;
import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.savedsearch.SaveSearch;
import io.polydesk.domain.savedsearch.SavedSearchKind;

/** The saved-search inputs, read from the schema's {@code TicketFilter} and {@code AssetFilter} inputs. */
final class SavedSearchInputs {

    private SavedSearchInputs() {}

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
            String name,
            SavedSearchKind kind,
            Boolean shared,
            TicketFilterInput ticketFilter,
            AssetFilterInput assetFilter) {
        SaveSearch toCommand() {
            return command(name, kind, shared, ticketFilter, assetFilter);
        }
    }

    record UpdateSavedSearchInput(
            String id,
            String name,
            SavedSearchKind kind,
            Boolean shared,
            TicketFilterInput ticketFilter,
            AssetFilterInput assetFilter) {
        SaveSearch toCommand() {
            return command(name, kind, shared, ticketFilter, assetFilter);
        }
    }

    private static SaveSearch command(
            String name, SavedSearchKind kind, Boolean shared, TicketFilterInput tickets, AssetFilterInput assets) {
        return new SaveSearch(
                name,
                kind,
                Boolean.TRUE.equals(shared),
                tickets == null ? null : tickets.toFilter("input.ticketFilter"),
                assets == null ? null : assets.toFilter());
    }

    record DeleteSavedSearchInput(String id) {}

    record SavedSearchPayload(io.polydesk.domain.savedsearch.SavedSearch savedSearch) {}

    record DeleteSavedSearchPayload(String id) {}
}
