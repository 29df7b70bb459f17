package io.polydesk.api.graphql.event;

import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.event.EventType;
import io.polydesk.domain.event.TicketEventFilter;
import java.util.List;
import java.util.Set;

/** {@code TicketEventFilter} as it arrives; ids are checked when it becomes the domain's filter. */
record TicketEventFilterInput(String ticketId, String projectId, String assignee, List<EventType> types) {

    TicketEventFilter toFilter() {
        return new TicketEventFilter(
                Ids.parse(ticketId, "filter.ticketId"),
                Ids.parse(projectId, "filter.projectId"),
                Ids.parse(assignee, "filter.assignee"),
                types == null ? null : Set.copyOf(types));
    }
}
