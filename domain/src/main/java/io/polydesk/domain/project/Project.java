package io.polydesk.domain.project;

import java.time.Instant;

/** The container a ticket lives in; the dialects call it queue, project or category. */
public record Project(
        long id, String name, String description, boolean archived, Instant createdAt, Instant updatedAt) {}
