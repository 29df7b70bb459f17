package io.polydesk.domain.savedsearch;

import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.ticket.TicketFilter;

/** Creates a saved search, or replaces every field of one. */
public record SaveSearch(String name, SavedSearchKind kind, boolean shared, TicketFilter filter) {

    public static final int MAX_NAME = 100;

    public SaveSearch {
        name = name == null ? null : name.strip();
        kind = kind == null ? SavedSearchKind.TICKET : kind;
        filter = filter == null ? TicketFilter.none() : filter;
        new Validation()
                .required(name, "input.name")
                .maxLength(name, MAX_NAME, "input.name")
                .check(kind != SavedSearchKind.ASSET, "input.kind",
                        "asset saved searches are not available yet; only TICKET")
                .check(filter.text() == null || filter.text().length() <= 200, "input.filter.text",
                        "must be at most 200 characters")
                .check(filter.tag() == null || filter.tag().length() <= 100, "input.filter.tag",
                        "must be at most 100 characters")
                .throwIfInvalid();
    }
}
