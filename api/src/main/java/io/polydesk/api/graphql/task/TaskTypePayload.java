package io.polydesk.api.graphql.task;

import io.polydesk.domain.task.TaskType;

/** The payload of {@code createTaskType}. */
public record TaskTypePayload(TaskType taskType) {}
