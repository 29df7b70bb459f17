package io.polydesk.domain.task;

import io.polydesk.domain.shared.Validation;
import java.time.Instant;

/** What a new task needs: a title; type, team, agent, note and due time are optional. */
public record CreateTask(String title, Long typeId, Long teamId, Long agentId, String note, Instant dueAt) {

    public static final int MAX_TITLE = 255;
    public static final int MAX_NOTE = 65_535;

    public CreateTask {
        new Validation()
                .required(title, "title")
                .maxLength(title == null ? null : title.strip(), MAX_TITLE, "title")
                .maxLength(note, MAX_NOTE, "note")
                .throwIfInvalid();
        title = title.strip();
    }
}
