package io.polydesk.api.graphql.time;

import io.polydesk.api.graphql.support.Changes;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.time.LogTime;
import io.polydesk.domain.time.UpdateTimeEntry;
import java.time.LocalDate;
import org.springframework.graphql.data.ArgumentValue;

/** The time entry mutations' inputs as the schema declares them, and the domain commands they become. */
final class TimeEntryInputs {

    private TimeEntryInputs() {}

    record LogTimeInput(
            String ticketId,
            LocalDate date,
            Integer minutes,
            Boolean billable,
            String taskId,
            String agentId,
            String note) {

        LogTime toCommand() {
            return new LogTime(
                    Ids.parse(agentId, "input.agentId"),
                    date,
                    minutes,
                    billable,
                    Ids.parse(taskId, "input.taskId"),
                    note);
        }
    }

    record UpdateTimeEntryInput(
            String id,
            ArgumentValue<LocalDate> date,
            ArgumentValue<Integer> minutes,
            ArgumentValue<Boolean> billable,
            ArgumentValue<String> taskId,
            ArgumentValue<String> note) {

        UpdateTimeEntry toCommand() {
            return new UpdateTimeEntry(
                    Changes.of(date),
                    Changes.of(minutes),
                    Changes.of(billable),
                    Changes.of(taskId, raw -> Ids.parse(raw, "input.taskId")),
                    Changes.of(note));
        }
    }

    record DeleteTimeEntryInput(String id) {}
}
