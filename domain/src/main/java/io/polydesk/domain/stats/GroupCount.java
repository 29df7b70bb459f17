package io.polydesk.domain.stats;

/** How many tickets share one value of a grouping column; {@code id} is null for "none" (e.g. unassigned). */
public record GroupCount(Long id, long count) {}
