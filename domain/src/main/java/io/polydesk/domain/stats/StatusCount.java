package io.polydesk.domain.stats;

import io.polydesk.domain.workflow.Status;

/** How many live tickets are in one status. */
public record StatusCount(Status status, long count) {}
