package io.polydesk.domain.stats;

/** Mean seconds from creation to first response and to closing; null when no ticket has got there yet. */
public record MeanDurations(Double firstResponseSeconds, Double resolutionSeconds) {

    public static final MeanDurations NONE = new MeanDurations(null, null);
}
