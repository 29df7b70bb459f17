package io.polydesk.domain.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Business-time arithmetic over a weekly schedule in a time zone, minus holidays. Pure: no clock, no storage.
 * Windows are turned into instants day by day in the zone, so a day with a daylight-saving change has its real
 * length (a 09:00-17:00 window is eight hours either way; one that spans the skipped hour is an hour shorter).
 * {@link #ALWAYS} is round-the-clock time, for policies without business hours.
 */
public final class BusinessCalendar {

    /** Every minute counts. */
    public static final BusinessCalendar ALWAYS = new BusinessCalendar(null, List.of(), Set.of());

    /** How far ahead a deadline is looked for; a schedule with no working time at all would otherwise loop. */
    static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<BusinessWindow>> week = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays;

    public BusinessCalendar(ZoneId zone, List<BusinessWindow> windows, Set<LocalDate> holidays) {
        this.zone = zone;
        for (BusinessWindow window : windows) {
            week.computeIfAbsent(window.day(), d -> new ArrayList<>()).add(window);
        }
        week.values().forEach(list -> list.sort(Comparator.comparing(BusinessWindow::start)));
        this.holidays = Set.copyOf(holidays);
    }

    public static BusinessCalendar of(BusinessHours hours) {
        return hours == null ? ALWAYS : new BusinessCalendar(hours.zone(), hours.windows(), hours.holidays());
    }

    /** The instant at which {@code amount} of business time has passed since {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        if (zone == null) {
            return start.plus(amount);
        }
        Duration left = amount.isNegative() ? Duration.ZERO : amount;
        LocalDate day = start.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Instant[] open : openOn(day)) {
                Instant from = open[0].isBefore(start) ? start : open[0];
                if (!from.isBefore(open[1])) {
                    continue;
                }
                Duration available = Duration.between(from, open[1]);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("No business time within " + MAX_DAYS + " days");
    }

    /** The business time between two instants; negative when {@code to} is before {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        if (zone == null) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (Instant[] open : openOn(day)) {
                Instant a = open[0].isBefore(from) ? from : open[0];
                Instant b = open[1].isAfter(to) ? to : open[1];
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    /** Whether {@code at} falls in working time. */
    public boolean isOpen(Instant at) {
        if (zone == null) {
            return true;
        }
        LocalDate day = at.atZone(zone).toLocalDate();
        for (LocalDate d = day.minusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            for (Instant[] open : openOn(d)) {
                if (!at.isBefore(open[0]) && at.isBefore(open[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Instant[]> openOn(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<BusinessWindow> windows = week.getOrDefault(day.getDayOfWeek(), List.of());
        List<Instant[]> open = new ArrayList<>(windows.size());
        for (BusinessWindow window : windows) {
            Instant from = ZonedDateTime.of(day, window.start(), zone).toInstant();
            Instant to = ZonedDateTime.of(day, window.end(), zone).toInstant();
            if (from.isBefore(to)) {
                open.add(new Instant[] {from, to});
            }
        }
        return open;
    }
}
