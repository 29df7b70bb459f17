package io.polydesk.domain.workflow;

/** A ticket priority; a higher {@code level} is more urgent. */
public record Priority(long id, String key, String name, int level, String color) {}
