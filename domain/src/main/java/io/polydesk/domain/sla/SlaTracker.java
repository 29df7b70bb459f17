package io.polydesk.domain.sla;

import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.event.EventType;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketChange;
import io.polydesk.domain.ticket.TicketClockRepository;
import io.polydesk.domain.ticket.TicketClocks;
import io.polydesk.domain.ticket.TicketEvent.CommentAdded;
import io.polydesk.domain.ticket.TicketEvent.TicketCreated;
import io.polydesk.domain.ticket.TicketEvent.TicketUpdated;
import io.polydesk.domain.ticket.TicketRepository;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the SLA clocks on the ticket rows in step: after a ticket is created, after its status, priority, project
 * or company changes, after its first response, and after a policy changes. Runs inside the writing transaction.
 * A target that finishes late has its breach recorded here, once ({@link TicketClockRepository#claimBreach}); one
 * that is still running when its deadline passes is left to {@link SlaBreachScan}.
 */
@Component
public class SlaTracker {

    static final Set<String> TIMED_FIELDS = Set.of("status", "priority", "project", "company", "archived");
    private static final int BATCH = 500;

    private final SlaCatalog catalog;
    private final TicketRepository tickets;
    private final TicketClockRepository clocks;
    private final Workflow workflow;
    private final EventLog log;
    private final Clock clock;

    public SlaTracker(
            SlaCatalog catalog,
            TicketRepository tickets,
            TicketClockRepository clocks,
            Workflow workflow,
            EventLog log,
            Clock clock) {
        this.catalog = catalog;
        this.tickets = tickets;
        this.clocks = clocks;
        this.workflow = workflow;
        this.log = log;
        this.clock = clock;
    }

    /** After the ticket's company is filed ({@code TicketCompanyDefaults} runs first). */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void onTicketCreated(TicketCreated event) {
        if (catalog.anyLivePolicy()) {
            retime(List.of(event.ticketId()));
        }
    }

    /** A move off pending clears the snooze even without policies; the rest matters only with them. */
    @EventListener
    public void onTicketUpdated(TicketUpdated event) {
        boolean timed = event.changes().stream().map(TicketChange::field).anyMatch(TIMED_FIELDS::contains);
        boolean leftPending = event.changes().stream()
                .anyMatch(c -> c.field().equals("status") && Workflow.ON_HOLD.equals(c.fromValue()));
        if ((timed && catalog.anyLivePolicy()) || leftPending) {
            retime(List.of(event.ticketId()));
        }
    }

    @EventListener
    public void onCommentAdded(CommentAdded event) {
        if (!event.internal() && catalog.anyLivePolicy()) {
            retime(List.of(event.ticketId()));
        }
    }

    /** After a policy or business hours change: every unfinished ticket, a batch at a time. */
    public void retimeAll() {
        long after = 0;
        while (true) {
            List<Long> ids = clocks.unfinishedIds(after, BATCH);
            if (ids.isEmpty()) {
                return;
            }
            retime(ids);
            after = ids.get(ids.size() - 1);
        }
    }

    /** Recomputes and stores the clocks of these tickets, writing only those that changed. */
    public void retime(Collection<Long> ticketIds) {
        List<Ticket> loaded = tickets.findByIds(ticketIds);
        boolean byCompany = catalog.policies().stream().anyMatch(p -> !p.archived() && p.companyId() != null);
        Map<Long, Long> companies = byCompany ? clocks.companies(ticketIds) : Map.of();
        Instant now = now();
        for (Ticket ticket : loaded) {
            Status status = workflow.status(ticket.statusId());
            boolean pending = status.key().equals(Workflow.ON_HOLD) && !ticket.archived();
            SlaPolicy policy = ticket.archived()
                    ? null
                    : catalog.choose(ticket.projectId(), companies.get(ticket.id()), ticket.priorityId())
                            .orElse(null);
            TicketClocks next =
                    SlaSchedule.clocks(ticket, policy, catalog.calendar(policy), pending, status.isDone(), now);
            if (!next.equals(ticket.clocks())) {
                clocks.write(ticket.id(), next);
            }
            recordLateFinish(ticket, next, status.isDone());
        }
    }

    private void recordLateFinish(Ticket ticket, TicketClocks next, boolean done) {
        if (next.slaPolicyId() == null) {
            return;
        }
        Instant firstMetAt =
                ticket.firstResponseAt() != null ? ticket.firstResponseAt() : done ? ticket.closedAt() : null;
        if (!next.firstResponseBreached() && SlaSchedule.metLate(next.firstResponseDueAt(), firstMetAt)) {
            breached(ticket, true, next.firstResponseDueAt(), next);
        }
        if (done && !next.resolutionBreached() && SlaSchedule.metLate(next.resolutionDueAt(), ticket.closedAt())) {
            breached(ticket, false, next.resolutionDueAt(), next);
        }
    }

    /** Claims the breach of one target and, if this caller won the claim, appends its event. */
    void breached(Ticket ticket, boolean firstResponse, Instant due, TicketClocks after) {
        if (!clocks.claimBreach(ticket.id(), firstResponse, after.alertAt())) {
            return;
        }
        log.append(DomainEvent.of(EventType.TICKET_SLA_BREACHED, now(), null)
                .withTicket(ticket.id(), ticket.projectId())
                .withInternal(true)
                .withPayload(Map.of(
                        "target",
                        firstResponse ? "first_response" : "resolution",
                        "dueAt",
                        String.valueOf(due),
                        "policyId",
                        after.slaPolicyId())));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
