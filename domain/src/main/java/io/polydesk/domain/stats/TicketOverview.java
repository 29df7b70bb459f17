package io.polydesk.domain.stats;

/**
 * The live tickets a caller may see, counted now: {@code fresh} in the {@code new} status, {@code waiting} in a to-do
 * status (waiting for staff), {@code inProgress} in an in-progress one, {@code unfinished} in either, {@code finished}
 * in a done one, and {@code unassigned} the unfinished ones without an assignee.
 */
public record TicketOverview(
        long total, long fresh, long waiting, long inProgress, long unfinished, long unassigned, long finished) {}
