package io.polydesk.domain.ticket;

import io.polydesk.domain.customfield.CustomFieldOwner;
import io.polydesk.domain.customfield.CustomFieldWrites;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.ticket.TicketEvent.TicketCreated;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files new tickets, from every surface: checks the request, numbers the ticket and announces it. */
@Service
public class TicketCreation {

    private final TicketRepository tickets;
    private final TicketReferences references;
    private final TicketTags tags;
    private final CustomFieldWrites customFields;
    private final Workflow workflow;
    private final TicketSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TicketCreation(
            TicketRepository tickets,
            TicketReferences references,
            TicketTags tags,
            CustomFieldWrites customFields,
            Workflow workflow,
            TicketSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tickets = tickets;
        this.references = references;
        this.tags = tags;
        this.customFields = customFields;
        this.workflow = workflow;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Ticket create(Actor actor, CreateTicket c) {
        Actor.require(actor);
        if (!actor.isStaff()
                && (c.assigneeId() != null
                        || c.teamId() != null
                        || c.typeId() != null
                        || (c.requesterId() != null && c.requesterId() != actor.userId()))) {
            throw DomainException.forbidden("Customers cannot assign tickets, route them or file them for others");
        }
        Validation v = new Validation();
        Priority priority = c.priority() == null
                ? workflow.priority(Workflow.DEFAULT_PRIORITY)
                        .orElseGet(() -> workflow.priorities().get(0))
                : workflow.priority(c.priority()).orElse(null);
        v.check(
                priority != null,
                "priority",
                "must be one of "
                        + workflow.priorities().stream().map(Priority::key).toList());
        long requesterId = c.requesterId() == null ? actor.userId() : c.requesterId();
        // The caller's own account is active: its credential is refused from the moment it is archived.
        if (requesterId != actor.userId()) {
            references.checkRequester(requesterId, v);
        }
        references.checkAssignee(c.assigneeId(), v);
        references.checkCatalog(c.projectId(), c.teamId(), c.typeId(), v);
        Map<Long, String> fieldValues =
                customFields.canonicalValues(CustomFieldOwner.TICKET, c.customFields(), true, v);
        v.throwIfInvalid();

        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Status initial = workflow.status(Workflow.NEW)
                .orElseGet(() -> workflow.statuses().get(0));
        long id = tickets.insert(Ticket.builder()
                .title(c.title().strip())
                .description(c.description())
                .statusId(initial.id())
                .priorityId(priority.id())
                .requesterId(requesterId)
                .assigneeId(c.assigneeId())
                .projectId(c.projectId())
                .teamId(c.teamId())
                .typeId(c.typeId())
                .dueDate(c.dueDate())
                .source(c.source() == null ? TicketSource.API : c.source())
                .createdAt(now)
                .updatedAt(now)
                .build());
        tickets.assignNumber(id, settings.number(id));
        if (!c.tags().isEmpty()) {
            tags.replace(id, c.tags());
        }
        customFields.store(CustomFieldOwner.TICKET, id, fieldValues);
        events.publishEvent(new TicketCreated(id, actor.userId()));
        return tickets.findById(id).orElseThrow();
    }
}
