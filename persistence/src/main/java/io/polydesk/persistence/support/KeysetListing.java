package io.polydesk.persistence.support;

import io.polydesk.domain.shared.KeysetSearch;
import io.polydesk.domain.shared.SortKind;

/**
 * The window of a keyset listing sorted by one column and the id, as getters for the SQL: the sort column is
 * SQL chosen by the repository from a fixed list, never taken from input.
 */
public final class KeysetListing extends ListingWindow {

    private final String sortColumn;
    private final boolean sortById;

    private KeysetListing(KeysetSearch<?, ?> search, boolean descending, SortKind kind, String sortColumn) {
        super(descending, search.afterId(), search.afterValue(kind), 0, search.limit());
        if (search.afterId() != null && search.afterValue(kind) == null) {
            throw new IllegalArgumentException("A keyset position sorted by " + sortColumn + " needs its value");
        }
        this.sortColumn = sortColumn;
        this.sortById = kind == SortKind.ID;
    }

    public static KeysetListing of(KeysetSearch<?, ?> search, boolean descending, SortKind kind, String sortColumn) {
        return new KeysetListing(search, descending, kind, sortColumn);
    }

    /** SQL from a fixed list; the statement splices it in with {@code ${}}. */
    public String getSortColumn() {
        return sortColumn;
    }

    /** Sorted by the id itself, so the id needs no second place in the order. */
    public boolean isSortById() {
        return sortById;
    }
}
