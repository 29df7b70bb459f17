package io.polydesk.domain.ticket;

import java.time.Instant;

/**
 * A ticket's SLA clocks and snooze as stored on its row, so that lists filter and sort on them in SQL. The SLA
 * feature computes and writes them; the ticket code only carries them. {@code dueAt} is the earliest deadline
 * still running (null while paused or when none runs) and {@code alertAt} the earliest one whose breach is not yet
 * recorded; {@code pausedSeconds} is the business time spent pending before {@code pausedAt}.
 */
public record TicketClocks(
        Long slaPolicyId,
        Instant firstResponseDueAt,
        Instant resolutionDueAt,
        Instant dueAt,
        Instant alertAt,
        Instant pausedAt,
        long pausedSeconds,
        boolean firstResponseBreached,
        boolean resolutionBreached,
        Instant pendingUntil) {

    public static final TicketClocks NONE = new TicketClocks(null, null, null, null, null, null, 0, false, false, null);

    public TicketClocks withPendingUntil(Instant value) {
        return new TicketClocks(
                slaPolicyId,
                firstResponseDueAt,
                resolutionDueAt,
                dueAt,
                alertAt,
                pausedAt,
                pausedSeconds,
                firstResponseBreached,
                resolutionBreached,
                value);
    }
}
