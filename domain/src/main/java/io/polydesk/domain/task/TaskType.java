package io.polydesk.domain.task;

import java.time.Instant;

/** A kind of task (e.g. "Development", "Communication"); an administrator-managed list. */
public record TaskType(long id, String name, Instant createdAt, Instant updatedAt) {}
