package io.polydesk.compat.bossdesk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Rails' JSON times: ISO 8601 in UTC with milliseconds and {@code Z} ({@code 2016-10-12T08:50:29.274Z}). */
final class BossDeskFormats {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private BossDeskFormats() {}

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    /** A due date, shown as the end of that day's working hours would be ambiguous; midnight UTC it is. */
    static String time(LocalDate date) {
        return date == null ? null : TIME.format(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
