package io.polydesk.domain.time;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Validation;
import java.time.LocalDate;

/** A partial update of a time entry; date, minutes and billable cannot be cleared, task and note can. */
public record UpdateTimeEntry(
        Change<LocalDate> date,
        Change<Integer> minutes,
        Change<Boolean> billable,
        Change<Long> taskId,
        Change<String> note) {

    public UpdateTimeEntry {
        date = orKeep(date);
        minutes = orKeep(minutes);
        billable = orKeep(billable);
        taskId = orKeep(taskId);
        note = orKeep(note);
        Validation v = new Validation();
        if (date.isPresent()) {
            v.check(date.value() != null, "date", "must not be blank");
        }
        if (minutes.isPresent()) {
            LogTime.checkMinutes(minutes.value(), v);
        }
        if (billable.isPresent()) {
            v.check(billable.value() != null, "billable", "must not be null");
        }
        v.maxLength(note.value(), LogTime.MAX_NOTE, "note").throwIfInvalid();
    }

    private static <T> Change<T> orKeep(Change<T> change) {
        return change == null ? Change.keep() : change;
    }
}
