package io.polydesk.compat.jitbit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Jitbit's dates: ISO 8601 in UTC with {@code Z}; a date without a time is midnight UTC. */
interface JitbitFormats {

    default String instant(Instant value) {
        return value == null ? null : value.toString();
    }

    default String date(LocalDate value) {
        return value == null
                ? null
                : value.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }
}
