package io.polydesk.domain.shared;

import java.time.Instant;

/**
 * One keyset page of a sorted listing as the database runs it: the criteria, the order, the position after
 * which the page starts (the id plus the sort value of its kind) and how many rows to read.
 */
public record KeysetSearch<C, O>(C criteria, O order, Long afterId, Instant afterTime, String afterText, int limit) {

    /** The page after {@code position} (null: the first page), its sort value typed by {@code kind}. */
    public static <C, O> KeysetSearch<C, O> after(C criteria, O order, SortKind kind, Keyset position, int limit) {
        if (position == null) {
            return new KeysetSearch<>(criteria, order, null, null, null, limit);
        }
        return switch (kind) {
            case ID -> new KeysetSearch<>(criteria, order, position.id(), null, null, limit);
            case TEXT -> new KeysetSearch<>(criteria, order, position.id(), null, position.value(), limit);
            case TIME -> new KeysetSearch<>(criteria, order, position.id(), position.time("after"), null, limit);
        };
    }

    /** The first {@code limit} rows. */
    public static <C, O> KeysetSearch<C, O> first(C criteria, O order, int limit) {
        return new KeysetSearch<>(criteria, order, null, null, null, limit);
    }

    /** The sort value of the position in the kind its column holds; null on the first page. */
    public Object afterValue(SortKind kind) {
        return switch (kind) {
            case ID -> afterId;
            case TEXT -> afterText;
            case TIME -> afterTime;
        };
    }

    /** How a time travels in a cursor: epoch milliseconds, the precision the columns keep. */
    public static String timeValue(Instant time) {
        return Long.toString(time.toEpochMilli());
    }
}
