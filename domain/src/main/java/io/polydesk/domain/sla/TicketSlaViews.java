package io.polydesk.domain.sla;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A ticket's SLA as a caller may see it: staff only, since targets and breaches are internal. Computed from the
 * clocks on the ticket row and the cached policies and business hours, so a page of tickets costs no query.
 */
@Component
public class TicketSlaViews {

    private final SlaCatalog catalog;
    private final Workflow workflow;
    private final Clock clock;

    public TicketSlaViews(SlaCatalog catalog, Workflow workflow, Clock clock) {
        this.catalog = catalog;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** Null for customers and for tickets no policy covers. */
    public TicketSla of(Actor actor, Ticket ticket) {
        if (actor == null || !actor.isStaff() || ticket.clocks().slaPolicyId() == null) {
            return null;
        }
        Optional<SlaPolicy> policy = catalog.policy(ticket.clocks().slaPolicyId());
        if (policy.isEmpty()) {
            return null;
        }
        boolean done = workflow.status(ticket.statusId()).isDone();
        return SlaSchedule.view(ticket, policy.get(), catalog.calendar(policy.get()), done, clock.instant());
    }

    /** When a snoozed ticket wakes; staff only. */
    public Instant pendingUntil(Actor actor, Ticket ticket) {
        return actor != null && actor.isStaff() ? ticket.clocks().pendingUntil() : null;
    }

    /** Business hours by id from the cache, archived ones included. */
    public Optional<BusinessHours> businessHours(Long id) {
        return id == null
                ? Optional.empty()
                : catalog.businessHours().stream().filter(h -> h.id() == id).findFirst();
    }
}
