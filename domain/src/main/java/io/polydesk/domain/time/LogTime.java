package io.polydesk.domain.time;

import io.polydesk.domain.shared.Validation;
import java.time.LocalDate;

/** A new time entry; the agent defaults to the caller and billable to false. */
public record LogTime(Long agentId, LocalDate date, Integer minutes, Boolean billable, Long taskId, String note) {

    /** One entry covers at most one day. */
    public static final int MAX_MINUTES = 24 * 60;

    public static final int MAX_NOTE = 65_535;

    public LogTime {
        Validation v = new Validation().check(date != null, "date", "must not be blank");
        checkMinutes(minutes, v);
        v.maxLength(note, MAX_NOTE, "note").throwIfInvalid();
    }

    /** The caller's own, non-billable entry of one day. */
    public static LogTime of(LocalDate date, Integer minutes) {
        return new LogTime(null, date, minutes, null, null, null);
    }

    static void checkMinutes(Integer minutes, Validation v) {
        v.check(minutes != null, "minutes", "must not be blank");
        if (minutes != null) {
            v.check(minutes > 0 && minutes <= MAX_MINUTES, "minutes", "must be between 1 and " + MAX_MINUTES);
        }
    }
}
