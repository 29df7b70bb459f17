package io.polydesk.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates every supported database can hold: MySQL's DATETIME and DATE run from the year 1000 to 9999. A date
 * outside them is bad input, refused where it enters rather than failing in the database.
 */
public final class StorableDates {

    public static final LocalDate FIRST = LocalDate.of(1000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private StorableDates() {}

    public static boolean holds(LocalDate date) {
        return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
    }

    public static boolean holds(Instant instant) {
        return instant == null
                || (!instant.isBefore(FIRST.atStartOfDay().toInstant(ZoneOffset.UTC))
                        && instant.isBefore(LAST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
}
