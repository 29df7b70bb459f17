package io.polydesk.domain.stats;

/** How many live tickets are in one status, and how many of those have no assignee. */
public record StatusTally(long statusId, long count, long unassigned) {}
