package io.polydesk.domain.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** A named working week in a time zone with its holidays; SLA clocks run only inside it. */
public record BusinessHours(
        long id,
        String name,
        ZoneId zone,
        List<BusinessWindow> windows,
        Set<LocalDate> holidays,
        boolean archived,
        Instant createdAt,
        Instant updatedAt) {

    public BusinessHours {
        windows = List.copyOf(windows);
        holidays = Set.copyOf(holidays);
    }
}
