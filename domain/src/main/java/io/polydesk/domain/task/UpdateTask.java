package io.polydesk.domain.task;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Validation;
import java.time.Instant;

/** A partial update of a task: omitted fields are kept, fields set to null are cleared (but not the title). */
public record UpdateTask(
        Change<String> title,
        Change<Long> typeId,
        Change<Long> teamId,
        Change<Long> agentId,
        Change<String> note,
        Change<Instant> dueAt) {

    public UpdateTask {
        title = orKeep(title);
        typeId = orKeep(typeId);
        teamId = orKeep(teamId);
        agentId = orKeep(agentId);
        note = orKeep(note);
        dueAt = orKeep(dueAt);
        Validation v = new Validation();
        if (title.isPresent()) {
            v.required(title.value(), "title")
                    .maxLength(title.value() == null ? null : title.value().strip(), CreateTask.MAX_TITLE, "title");
        }
        v.maxLength(note.value(), CreateTask.MAX_NOTE, "note").throwIfInvalid();
    }

    private static <T> Change<T> orKeep(Change<T> change) {
        return change == null ? Change.keep() : change;
    }
}
