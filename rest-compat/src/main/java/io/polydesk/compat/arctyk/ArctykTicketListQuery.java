package io.polydesk.compat.arctyk;

import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketFilter.AssigneeFilter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        int page = positiveInt(params, "page", 1);
        int limit = Math.min(positiveInt(params, "limit", DEFAULT_LIMIT), MAX_LIMIT);
        String status = slug(params, "status", ArctykVocabulary.STATUSES);
        String priority = slug(params, "priority", ArctykVocabulary.PRIORITIES);
        TicketFilter filter = TicketFilter.builder()
                .statuses(status == null ? List.of() : ArctykVocabulary.statusKeys(status))
                .priorities(priority == null ? List.of() : ArctykVocabulary.priorityKeys(priority))
                .assignee(assigned(value(params, "assigned")))
                .text(value(params, "q"))
                .build();
        return new ArctykTicketListQuery(filter, new OffsetPage(page, limit));
    }

    private static AssigneeFilter assigned(String value) {
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
                throw ArctykRequestException.field(
                        "assigned", "Select \"me\", \"any\" or a user id; \"" + value + "\" is none of these.");
        }
    }

    private static String slug(MultiValueMap<String, String> params, String name, Set<String> choices) {
        String value = value(params, name);
        if (value != null && !choices.contains(value)) {
            throw ArctykRequestException.field(
                    name, "Select a valid choice. " + value + " is not one of the available choices.");
        }
        return value;
    }

    private static int positiveInt(MultiValueMap<String, String> params, String name, int fallback) {
        String value = value(params, name);
        if (value == null) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ArctykRequestException.field(name, "A valid integer is required.");
        }
        if (parsed < 1) {
            throw ArctykRequestException.field(name, "Ensure this value is greater than or equal to 1.");
        }
        return parsed;
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
