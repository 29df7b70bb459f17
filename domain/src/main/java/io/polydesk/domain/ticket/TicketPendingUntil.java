package io.polydesk.domain.ticket;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * {@code pendingUntil} in a general update, by the snooze's rules: a wake-up time puts the ticket in the pending
 * status ({@value Workflow#ON_HOLD}) unless the update names that status itself, and is refused beside any other;
 * clearing it drops the snooze and leaves the status as it is. Like {@link TicketSnoozes#snooze}, the time is kept
 * with the SLA clocks, so setting it alone leaves no history entry and no new lock version.
 */
@Component
class TicketPendingUntil {

    /** Snoozes longer than this are a typo. */
    static final Duration MAX = Duration.ofDays(366);

    private final TicketRepository tickets;
    private final TicketClockRepository clocks;
    private final Clock clock;

    TicketPendingUntil(TicketRepository tickets, TicketClockRepository clocks, Clock clock) {
        this.tickets = tickets;
        this.clocks = clocks;
        this.clock = clock;
    }

    /** Whether {@code until} is a wake-up time a snooze may have: in the future, at most {@link #MAX} ahead. */
    static boolean acceptable(Instant until, Instant now) {
        return until != null && until.isAfter(now) && !until.isAfter(now.plus(MAX));
    }

    static String rule() {
        return "must be in the future, at most " + MAX.toDays() + " days";
    }

    /** The status the update asks for: on_hold when it sets a wake-up time and names no status. */
    Change<String> impliedStatus(UpdateTicket u, Status from) {
        if (u.status().isPresent() || !setsTime(u) || from.key().equals(Workflow.ON_HOLD)) {
            return u.status();
        }
        return Change.to(Workflow.ON_HOLD);
    }

    void check(UpdateTicket u, Status toStatus, Validation v) {
        if (!setsTime(u)) {
            return;
        }
        v.check(acceptable(u.pendingUntil().value(), now()), "pendingUntil", rule());
        if (toStatus != null) {
            v.check(
                    toStatus.key().equals(Workflow.ON_HOLD),
                    "pendingUntil",
                    "a snoozed ticket is in status " + Workflow.ON_HOLD + ", not " + toStatus.key());
        }
    }

    /** Writes the wake-up time the update gives, after the rest of it; answers whether it changed. */
    boolean store(long ticketId, UpdateTicket u) {
        if (!u.pendingUntil().isPresent()) {
            return false;
        }
        Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> DomainException.notFound("Ticket", ticketId));
        Instant until = u.pendingUntil().value() == null
                ? null
                : u.pendingUntil().value().truncatedTo(ChronoUnit.MILLIS);
        if (Objects.equals(until, ticket.clocks().pendingUntil())) {
            return false;
        }
        clocks.write(ticketId, ticket.clocks().withPendingUntil(until));
        return true;
    }

    private static boolean setsTime(UpdateTicket u) {
        return u.pendingUntil().isPresent() && u.pendingUntil().value() != null;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
