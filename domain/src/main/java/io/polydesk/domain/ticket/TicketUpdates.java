package io.polydesk.domain.ticket;

import io.polydesk.domain.customfield.CustomFieldOwner;
import io.polydesk.domain.customfield.CustomFieldWrites;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.ticket.TicketEvent.TicketUpdated;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to existing tickets, from every surface: partial updates, assigning and moving through the workflow.
 * Each write that changes something leaves one history entry per changed field.
 */
@Service
public class TicketUpdates {

    private final TicketRepository tickets;
    private final TicketAccess access;
    private final TicketReferences references;
    private final TicketTags tags;
    private final CustomFieldWrites customFields;
    private final TicketCompanies companies;
    private final TicketPendingUntil pendingUntil;
    private final Workflow workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TicketUpdates(
            TicketRepository tickets,
            TicketAccess access,
            TicketReferences references,
            TicketTags tags,
            CustomFieldWrites customFields,
            TicketCompanies companies,
            TicketPendingUntil pendingUntil,
            Workflow workflow,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tickets = tickets;
        this.access = access;
        this.references = references;
        this.tags = tags;
        this.customFields = customFields;
        this.companies = companies;
        this.pendingUntil = pendingUntil;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Ticket update(Actor actor, long ticketId, UpdateTicket u) {
        Ticket current = access.visible(actor, ticketId);
        if (!TicketPolicy.canUpdate(actor, u)) {
            throw DomainException.forbidden(
                    "Customers may change only the title, description and custom fields" + " of their tickets");
        }
        TicketVersions.check(current, u.expectedLockVersion());
        Validation v = new Validation();
        Status fromStatus = workflow.status(current.statusId());
        Status toStatus = targetStatus(pendingUntil.impliedStatus(u, fromStatus), fromStatus, v);
        pendingUntil.check(u, toStatus, v);
        Priority priority = targetPriority(u, current, v);
        if (u.assigneeId().isPresent()) {
            references.checkAssignee(u.assigneeId().value(), v);
        }
        references.checkCatalog(
                u.projectId().orElse(null), u.teamId().orElse(null), u.typeId().orElse(null), v);
        Map<Long, String> fieldValues = u.customFields().isPresent()
                ? customFields.canonicalValues(
                        CustomFieldOwner.TICKET, u.customFields().value(), false, v)
                : Map.of();
        if (u.companyId().isPresent() && u.companyId().value() != null) {
            v.check(companies.isLive(u.companyId().value()), "companyId", "is not an existing, unarchived company");
        }
        v.throwIfInvalid();

        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Ticket updated = applied(current, u, fromStatus, toStatus, priority, now);
        TicketChanges changes = new TicketChanges(current, actor, now);
        changes.compareFields(updated, workflow);
        List<String> oldTags = tags.namesOf(ticketId);
        List<String> newTags =
                u.tags().isPresent() ? TicketTags.normalized(u.tags().value()) : oldTags;
        if (!newTags.equals(oldTags)) {
            changes.add("tags", String.join(",", oldTags), String.join(",", newTags));
        }
        Long oldCompanyId = u.companyId().isPresent() ? companies.companyOf(ticketId) : null;
        boolean companyChanges = u.companyId().isPresent()
                && !Objects.equals(oldCompanyId, u.companyId().value());
        if (companyChanges) {
            changes.compare("company", oldCompanyId, u.companyId().value());
        }
        Map<Long, String> oldValues =
                u.customFields().isPresent() ? customFields.currentValues(CustomFieldOwner.TICKET, ticketId) : Map.of();
        fieldValues.forEach((fieldId, value) -> {
            if (!Objects.equals(oldValues.get(fieldId), value)) {
                changes.add("customField:" + fieldId, oldValues.get(fieldId), value);
            }
        });
        if (changes.isEmpty()) {
            return pendingUntil.store(ticketId, u) ? tickets.findById(ticketId).orElseThrow() : current;
        }
        if (!tickets.update(updated, current.lockVersion())) {
            throw TicketVersions.stale(current);
        }
        if (!newTags.equals(oldTags)) {
            tags.replace(ticketId, newTags);
        }
        customFields.store(CustomFieldOwner.TICKET, ticketId, fieldValues);
        if (companyChanges) {
            companies.setCompany(ticketId, u.companyId().value());
        }
        tickets.addHistory(changes.entries());
        events.publishEvent(new TicketUpdated(ticketId, actor.userId(), changes.entries()));
        pendingUntil.store(ticketId, u);
        return tickets.findById(ticketId).orElseThrow();
    }

    @Transactional
    public Ticket assign(Actor actor, long ticketId, Long assigneeId, Integer expectedLockVersion) {
        if (!TicketPolicy.canAssign(Actor.require(actor))) {
            throw DomainException.forbidden("Only agents and administrators may do this");
        }
        return update(
                actor,
                ticketId,
                UpdateTicket.builder()
                        .assigneeId(Change.to(assigneeId))
                        .expectedLockVersion(expectedLockVersion)
                        .build());
    }

    @Transactional
    public Ticket changeStatus(
            Actor actor, long ticketId, String status, String resolution, Integer expectedLockVersion) {
        Actor.requireStaff(actor);
        UpdateTicket.Builder b =
                UpdateTicket.builder().status(Change.to(status)).expectedLockVersion(expectedLockVersion);
        if (resolution != null) {
            b.resolution(Change.to(resolution));
        }
        return update(actor, ticketId, b.build());
    }

    /** The status the update moves to, or null after recording why it cannot. */
    private Status targetStatus(Change<String> status, Status fromStatus, Validation v) {
        Status toStatus = status.isPresent() ? workflow.status(status.value()).orElse(null) : fromStatus;
        v.check(
                toStatus != null,
                "status",
                "must be one of "
                        + workflow.statuses().stream().map(Status::key).toList());
        if (toStatus != null) {
            v.check(
                    workflow.canMove(fromStatus, toStatus),
                    "status",
                    "cannot move from " + fromStatus.key() + " to " + toStatus.key());
        }
        return toStatus;
    }

    private Priority targetPriority(UpdateTicket u, Ticket current, Validation v) {
        Priority priority = u.priority().isPresent()
                ? workflow.priority(u.priority().value()).orElse(null)
                : workflow.priority(current.priorityId());
        v.check(
                priority != null,
                "priority",
                "must be one of "
                        + workflow.priorities().stream().map(Priority::key).toList());
        return priority;
    }

    /** The ticket with the update applied; closedAt is kept while the ticket stays done. */
    private static Ticket applied(
            Ticket current, UpdateTicket u, Status fromStatus, Status toStatus, Priority priority, Instant now) {
        Instant closedAt = toStatus.isDone() ? (fromStatus.isDone() ? current.closedAt() : now) : null;
        return current.toBuilder()
                .title(u.title().map(String::strip).orElse(current.title()))
                .description(u.description().orElse(current.description()))
                .statusId(toStatus.id())
                .priorityId(priority.id())
                .assigneeId(u.assigneeId().orElse(current.assigneeId()))
                .projectId(u.projectId().orElse(current.projectId()))
                .teamId(u.teamId().orElse(current.teamId()))
                .typeId(u.typeId().orElse(current.typeId()))
                .dueDate(u.dueDate().orElse(current.dueDate()))
                .resolution(u.resolution().orElse(current.resolution()))
                .onHold(toStatus.key().equals(Workflow.ON_HOLD))
                .updatedAt(now)
                .closedAt(closedAt)
                .archived(false)
                .build();
    }
}
