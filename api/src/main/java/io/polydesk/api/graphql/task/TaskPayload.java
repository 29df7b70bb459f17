package io.polydesk.api.graphql.task;

import io.polydesk.domain.task.Task;

/** The payload of the task mutations that leave a task behind. */
public record TaskPayload(Task task) {}
