package io.polydesk.domain.sla;

import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.sla.BusinessHoursCommand.WindowSpec;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Checks business hours as given and turns them into their stored form, reporting every broken rule at once. */
final class BusinessHoursRules {

    static final int MAX_NAME = 100;
    static final int MAX_WINDOWS = 50;
    static final int MAX_HOLIDAYS = 500;

    private BusinessHoursRules() {}

    static String name(String name, Validation validation) {
        validation.required(name, "name").maxLength(name, MAX_NAME, "name");
        return name == null ? null : name.strip();
    }

    static ZoneId zone(String timeZone, Validation validation) {
        if (timeZone == null || timeZone.isBlank() || timeZone.length() > 64) {
            validation.add("timeZone", "must be a time zone such as Europe/Berlin");
            return null;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            validation.add("timeZone", "is not a known time zone (such as Europe/Berlin)");
            return null;
        }
    }

    static List<BusinessWindow> windows(List<WindowSpec> specs, Validation validation) {
        if (specs == null || specs.isEmpty() || specs.size() > MAX_WINDOWS) {
            validation.add("windows", "must hold between 1 and " + MAX_WINDOWS + " windows");
            return List.of();
        }
        List<BusinessWindow> windows = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            WindowSpec spec = specs.get(i);
            String field = "windows[" + i + "]";
            DayOfWeek day = day(spec == null ? null : spec.day(), field + ".day", validation);
            LocalTime start = time(spec == null ? null : spec.start(), field + ".start", validation);
            LocalTime end = time(spec == null ? null : spec.end(), field + ".end", validation);
            if (day == null || start == null || end == null) {
                continue;
            }
            if (!start.isBefore(end)) {
                validation.add(field + ".end", "must be after start");
                continue;
            }
            windows.add(new BusinessWindow(day, start, end));
        }
        windows.sort(Comparator.comparing(BusinessWindow::day).thenComparing(BusinessWindow::start));
        for (int i = 1; i < windows.size(); i++) {
            BusinessWindow before = windows.get(i - 1);
            BusinessWindow after = windows.get(i);
            if (before.day() == after.day() && after.start().isBefore(before.end())) {
                validation.add("windows", "windows on " + after.day() + " overlap");
            }
        }
        return windows;
    }

    static Set<LocalDate> holidays(List<LocalDate> holidays, Validation validation) {
        List<LocalDate> given = holidays == null ? List.of() : holidays;
        validation.check(given.size() <= MAX_HOLIDAYS, "holidays", "must hold at most " + MAX_HOLIDAYS + " dates");
        boolean nulls = given.stream().anyMatch(Objects::isNull);
        validation.check(!nulls, "holidays", "must not contain null");
        return nulls ? Set.of() : new LinkedHashSet<>(given);
    }

    private static DayOfWeek day(String day, String field, Validation validation) {
        try {
            return DayOfWeek.valueOf(day == null ? "" : day.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            validation.add(field, "must be one of MONDAY..SUNDAY");
            return null;
        }
    }

    private static LocalTime time(String time, String field, Validation validation) {
        if (time == null || !time.matches("\\d{2}:\\d{2}")) {
            validation.add(field, "must be a time of day as HH:mm");
            return null;
        }
        try {
            return LocalTime.parse(time);
        } catch (DateTimeParseException e) {
            validation.add(field, "must be a time of day as HH:mm");
            return null;
        }
    }
}
