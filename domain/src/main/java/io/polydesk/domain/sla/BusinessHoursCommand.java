package io.polydesk.domain.sla;

import io.polydesk.domain.shared.Change;
import java.time.LocalDate;
import java.util.List;

/** What an administrator sets on business hours, as given (checked by the service); each field kept unless given. */
public record BusinessHoursCommand(
        Change<String> name,
        Change<String> timeZone,
        Change<List<WindowSpec>> windows,
        Change<List<LocalDate>> holidays) {

    /** A weekday name (MONDAY..SUNDAY) and two times of day, {@code HH:mm}. */
    public record WindowSpec(String day, String start, String end) {}

    public static BusinessHoursCommand create(
            String name, String timeZone, List<WindowSpec> windows, List<LocalDate> holidays) {
        return new BusinessHoursCommand(
                Change.to(name),
                Change.to(timeZone),
                Change.to(windows),
                Change.to(holidays == null ? List.of() : holidays));
    }
}
