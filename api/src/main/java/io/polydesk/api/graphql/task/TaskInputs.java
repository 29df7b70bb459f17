package io.polydesk.api.graphql.task;

import io.polydesk.api.graphql.support.Changes;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.task.CreateTask;
import io.polydesk.domain.task.UpdateTask;
import java.time.Instant;
import org.springframework.graphql.data.ArgumentValue;

/** The task mutations' inputs as the schema declares them, and the domain commands they become. */
final class TaskInputs {

    private TaskInputs() {}

    record CreateTaskTypeInput(String name) {}

    record CreateTaskInput(
            String ticketId, String title, String typeId, String teamId, String agentId, String note, Instant dueAt) {

        CreateTask toCommand() {
            return new CreateTask(
                    title,
                    Ids.parse(typeId, "input.typeId"),
                    Ids.parse(teamId, "input.teamId"),
                    Ids.parse(agentId, "input.agentId"),
                    note,
                    dueAt);
        }
    }

    record UpdateTaskInput(
            String id,
            ArgumentValue<String> title,
            ArgumentValue<String> typeId,
            ArgumentValue<String> teamId,
            ArgumentValue<String> agentId,
            ArgumentValue<String> note,
            ArgumentValue<Instant> dueAt) {

        UpdateTask toCommand() {
            return new UpdateTask(
                    Changes.of(title),
                    Changes.of(typeId, raw -> Ids.parse(raw, "input.typeId")),
                    Changes.of(teamId, raw -> Ids.parse(raw, "input.teamId")),
                    Changes.of(agentId, raw -> Ids.parse(raw, "input.agentId")),
                    Changes.of(note),
                    Changes.of(dueAt));
        }
    }

    record CloseTaskInput(String id, String note) {}

    record TaskIdInput(String id) {}
}
