package io.polydesk.domain.stats;

import io.polydesk.domain.workflow.Priority;

/** How many live tickets have one priority. */
public record PriorityCount(Priority priority, long count) {}
