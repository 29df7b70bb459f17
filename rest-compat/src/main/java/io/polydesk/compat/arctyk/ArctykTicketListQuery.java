package io.polydesk.compat.arctyk;

import io.polydesk.compat.support.QueryParams;
import io.polydesk.compat.support.drf.DrfFilterWording;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import java.util.List;
import java.util.Locale;
import org.springframework.util.MultiValueMap;

/**
 * The query string of {@code GET /tickets/}: {@code q}, {@code status}, {@code priority}, {@code assigned},
 * {@code page} and {@code limit}. Empty values do not filter, as with django-filter; malformed ones are a 400.
 */
record ArctykTicketListQuery(TicketFilter filter, OffsetPage page) {

    static final int DEFAULT_LIMIT = 20;
    /** Larger {@code limit}s are clamped to this, as DRF's {@code max_page_size} does. */
    static final int MAX_LIMIT = 100;

    static ArctykTicketListQuery parse(MultiValueMap<String, String> params) {
        QueryParams query = QueryParams.of(params, DrfFilterWording.INSTANCE);
        int page = query.integer("page", 1, 1);
        int limit = Math.min(query.integer("limit", DEFAULT_LIMIT, 1), MAX_LIMIT);
        String status = query.choice("status", ArctykVocabulary.STATUSES);
        String priority = query.choice("priority", ArctykVocabulary.PRIORITIES);
        AssigneeFilter assigned = assigned(query, query.text("assigned"));
        query.validate();
        TicketFilter filter = TicketFilter.builder()
                .statuses(status == null ? List.of() : ArctykVocabulary.statusKeys(status))
                .priorities(priority == null ? List.of() : ArctykVocabulary.priorityKeys(priority))
                .assignee(assigned)
                .text(query.text("q"))
                .build();
        return new ArctykTicketListQuery(filter, new OffsetPage(page, limit));
    }

    private static AssigneeFilter assigned(QueryParams query, String value) {
        if (value == null) {
            return null;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "me":
                return AssigneeFilter.me();
            case "any":
                return AssigneeFilter.any();
            default:
                try {
                    long id = Long.parseLong(value);
                    if (id > 0) {
                        return AssigneeFilter.user(id);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                query.reject("assigned", "Select \"me\", \"any\" or a user id; \"" + value + "\" is none of these.");
                return null;
        }
    }
}
