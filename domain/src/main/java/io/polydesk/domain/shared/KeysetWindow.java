package io.polydesk.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The steps every keyset listing shares: check the page size, decode the {@code after} cursor for this order,
 * and turn the {@code limit + 1} rows a query fetched into a window with cursors.
 */
public final class KeysetWindow {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private KeysetWindow() {}

    /** The page size asked for, or the default; outside 0..{@value #MAX_SIZE} it is an error on {@code first}. */
    public static int limit(Integer first) {
        int limit = first == null ? DEFAULT_SIZE : first;
        if (limit < 0 || limit > MAX_SIZE) {
            throw DomainException.invalid("first", "must be between 0 and " + MAX_SIZE);
        }
        return limit;
    }

    /** The position {@code after} names, or null for the first page; a cursor of another order is refused. */
    public static Keyset position(String after, String sortKey) {
        if (after == null) {
            return null;
        }
        Keyset position = Keyset.decode(after, "after");
        if (!position.sortKey().equals(sortKey)) {
            throw DomainException.invalid("after", "belongs to a listing in another order");
        }
        return position;
    }

    /** A window from up to {@code limit + 1} rows: the extra row only says that there is a next page. */
    public static <T> CursorPage<T> of(
            List<T> rows, int limit, boolean hasPrevious, long total, Function<T, Keyset> keyOf) {
        List<CursorPage.Edge<T>> edges = new ArrayList<>();
        for (T row : rows.subList(0, Math.min(limit, rows.size()))) {
            edges.add(new CursorPage.Edge<>(keyOf.apply(row).encode(), row));
        }
        return new CursorPage<>(edges, rows.size() > limit, hasPrevious, total);
    }
}
