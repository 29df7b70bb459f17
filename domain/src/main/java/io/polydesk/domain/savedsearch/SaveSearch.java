package io.polydesk.domain.savedsearch;

import io.polydesk.domain.asset.AssetFilter;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.ticket.TicketFilter;
import java.util.List;

/**
 * Creates a saved search, or replaces every field of one. A search carries the filter of its kind only: a
 * ticket filter for TICKET, an asset filter for ASSET; the filter of the kind defaults to "everything".
 */
public record SaveSearch(
        String name, SavedSearchKind kind, boolean shared, TicketFilter ticketFilter, AssetFilter assetFilter) {

    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 200;
    public static final int MAX_TAG = 100;
    /** Status and priority keys are stored comma-separated in a column this long. */
    public static final int MAX_KEYS = 1000;

    public SaveSearch {
        name = name == null ? null : name.strip();
        kind = kind == null ? SavedSearchKind.TICKET : kind;
        Validation validation = new Validation()
                .required(name, "input.name")
                .maxLength(name, MAX_NAME, "input.name")
                .check(
                        kind == SavedSearchKind.TICKET || ticketFilter == null,
                        "input.ticketFilter",
                        "only a TICKET search has a ticket filter")
                .check(
                        kind == SavedSearchKind.ASSET || assetFilter == null,
                        "input.assetFilter",
                        "only an ASSET search has an asset filter");
        if (kind == SavedSearchKind.TICKET) {
            ticketFilter = ticketFilter == null ? TicketFilter.none() : ticketFilter;
            assetFilter = null;
            validation
                    .maxLength(String.join(",", ticketFilter.statuses()), MAX_KEYS, "input.ticketFilter.status")
                    .maxLength(String.join(",", ticketFilter.priorities()), MAX_KEYS, "input.ticketFilter.priority")
                    .maxLength(ticketFilter.text(), MAX_TEXT, "input.ticketFilter.text")
                    .maxLength(ticketFilter.tag(), MAX_TAG, "input.ticketFilter.tag");
            ticketFilter = withStrippedTags(ticketFilter);
            checkInbox(ticketFilter.inbox(), validation);
        } else {
            assetFilter = assetFilter == null ? AssetFilter.none() : stripped(assetFilter);
            ticketFilter = null;
            validation
                    .maxLength(assetFilter.text(), MAX_TEXT, "input.assetFilter.text")
                    .maxLength(assetFilter.tag(), MAX_TAG, "input.assetFilter.tag");
        }
        validation.throwIfInvalid();
    }

    /**
     * The inbox lists are checked as the listing checks them, so that a saved search runs: at most
     * {@link TicketFilter.Inbox#MAX_VALUES} values each, tag names neither blank nor longer than a tag.
     */
    private static void checkInbox(TicketFilter.Inbox inbox, Validation validation) {
        bounded(inbox.teamIds(), "teamIds", validation);
        bounded(inbox.typeIds(), "typeIds", validation);
        bounded(inbox.teamIdsNot(), "teamIdsNot", validation);
        bounded(inbox.statusesNot(), "statusNot", validation)
                .maxLength(String.join(",", inbox.statusesNot()), MAX_KEYS, "input.ticketFilter.statusNot");
        tagNames(inbox.tagsAll(), "tagsAll", validation);
        tagNames(inbox.tagsAny(), "tagsAny", validation);
        tagNames(inbox.tagsNone(), "tagsNone", validation);
    }

    private static Validation bounded(List<?> values, String field, Validation validation) {
        return validation.check(
                values.size() <= TicketFilter.Inbox.MAX_VALUES,
                "input.ticketFilter." + field,
                "takes at most " + TicketFilter.Inbox.MAX_VALUES + " values");
    }

    private static void tagNames(List<String> names, String field, Validation validation) {
        bounded(names, field, validation)
                .check(
                        names.stream().noneMatch(String::isEmpty),
                        "input.ticketFilter." + field,
                        "tag names must not be blank")
                .check(
                        names.stream().allMatch(n -> n.length() <= MAX_TAG),
                        "input.ticketFilter." + field,
                        "tag names are at most " + MAX_TAG + " characters");
    }

    private static TicketFilter withStrippedTags(TicketFilter f) {
        TicketFilter.Inbox in = f.inbox();
        return f.toBuilder()
                .inbox(new TicketFilter.Inbox(
                        in.teamIds(),
                        in.typeIds(),
                        stripped(in.tagsAll()),
                        stripped(in.tagsAny()),
                        stripped(in.tagsNone()),
                        in.statusesNot(),
                        in.teamIdsNot()))
                .build();
    }

    private static List<String> stripped(List<String> names) {
        return names.stream().map(n -> n == null ? "" : n.strip()).toList();
    }

    /** The asset listing ignores blank text and tags; storing them as absent keeps the saved filter honest. */
    private static AssetFilter stripped(AssetFilter f) {
        return f.toBuilder()
                .tag(blankToNull(f.tag()))
                .text(blankToNull(f.text()))
                .build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
