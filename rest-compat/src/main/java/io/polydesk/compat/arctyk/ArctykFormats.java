package io.polydesk.compat.arctyk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Arctyk's wire formats for time, inherited by every Arctyk converter: UTC with {@code Z} to the second. */
interface ArctykFormats {

    default String timestamp(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    default String date(LocalDate date) {
        return date == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
