package io.polydesk.domain.shared;

import java.time.Instant;

/**
 * The position in one ticket's listing ordered by (instant, id), such as its comments or history. The opaque
 * cursor names the listing and the ticket, so that a cursor of another listing or ticket is refused clearly.
 */
public record TicketListCursor(Instant at, long id) {

    public static String encode(String listing, long ticketId, Instant at, long id) {
        return new Keyset(listing + "-" + ticketId, Long.toString(at.toEpochMilli()), id).encode();
    }

    /** The position {@code after} names, or null for the first page. */
    public static TicketListCursor decode(String listing, long ticketId, String after) {
        if (after == null) {
            return null;
        }
        Keyset keyset = Keyset.decode(after, "after");
        if (!keyset.sortKey().startsWith(listing + "-")) {
            throw DomainException.invalid("after", "is not a cursor this listing issued");
        }
        if (!keyset.sortKey().equals(listing + "-" + ticketId)) {
            throw DomainException.invalid("after", "belongs to another ticket's " + listing);
        }
        try {
            return new TicketListCursor(instant(Long.parseLong(keyset.value())), keyset.id());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("after", "is not a cursor this listing issued");
        }
    }

    /** An instant a cursor may hold: one a DATETIME column can compare with (years 1 to 9999). */
    public static Instant instant(long epochMilli) {
        if (epochMilli < EARLIEST || epochMilli > LATEST) {
            throw DomainException.invalid("after", "is not a cursor this listing issued");
        }
        return Instant.ofEpochMilli(epochMilli);
    }

    private static final long EARLIEST = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();
    private static final long LATEST = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
}
