package io.polydesk.domain.sla;

/** The targets of one priority, in business minutes; either may be null for no target. */
public record SlaTarget(long priorityId, Integer firstResponseMinutes, Integer resolutionMinutes) {}
