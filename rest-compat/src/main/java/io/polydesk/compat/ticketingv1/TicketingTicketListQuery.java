package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.QueryParams;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import io.polydesk.domain.ticket.TicketOrder;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The query string of {@code GET /tickets}: {@code status}, {@code priority}, {@code assigned_to},
 * {@code created_by}, {@code q}, {@code sort}, {@code order}, {@code page}, {@code per_page}. Empty values do not
 * filter; malformed ones are a 400 naming the parameter.
 */
record TicketingTicketListQuery(TicketFilter filter, TicketOrder order, OffsetPage page) {

    private static final Map<String, TicketOrder.Field> SORTS = Map.of(
            "created_at", TicketOrder.Field.CREATED_AT,
            "updated_at", TicketOrder.Field.UPDATED_AT,
            "priority", TicketOrder.Field.PRIORITY);
    private static final List<String> SORT_NAMES = List.of("created_at", "updated_at", "priority");
    private static final List<String> ORDERS = List.of("asc", "desc");

    static TicketingTicketListQuery parse(MultiValueMap<String, String> params) {
        QueryParams query = QueryParams.of(params, TicketingWording.INSTANCE);
        OffsetPage page = TicketingPaging.read(query);
        String status = TicketingFields.oneOf(query, "status", TicketingVocabulary.STATUSES);
        String priority = TicketingFields.oneOf(query, "priority", TicketingVocabulary.PRIORITIES);
        Long assignedTo = userId(query, "assigned_to");
        Long createdBy = userId(query, "created_by");
        String sort = TicketingFields.oneOf(query, "sort", SORT_NAMES);
        String order = TicketingFields.oneOf(query, "order", ORDERS);
        query.validate();
        TicketFilter filter = TicketFilter.builder()
                .statuses(status == null ? List.of() : TicketingVocabulary.statusKeys(status))
                .priorities(priority == null ? List.of() : TicketingVocabulary.priorityKeys(priority))
                .assignee(assignedTo == null ? null : AssigneeFilter.user(assignedTo))
                .requesterId(createdBy)
                .text(query.text("q"))
                .build();
        TicketOrder ordering =
                new TicketOrder(sort == null ? TicketOrder.Field.CREATED_AT : SORTS.get(sort), !"asc".equals(order));
        return new TicketingTicketListQuery(filter, ordering, page);
    }

    private static Long userId(QueryParams query, String name) {
        String value = query.text(name);
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        query.reject(name, TicketingVocabulary.label(name) + " must be a user id");
        return null;
    }
}
