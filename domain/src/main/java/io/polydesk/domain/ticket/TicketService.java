package io.polydesk.domain.ticket;

import io.polydesk.domain.catalog.CatalogRepository;
import io.polydesk.domain.catalog.Tag;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldRepository;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.domain.customfield.CustomFieldValues;
import io.polydesk.domain.project.ProjectRepository;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.ticket.TicketEvent.TicketCreated;
import io.polydesk.domain.ticket.TicketEvent.TicketUpdated;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every write to a ticket, from every surface: create, update, assign, change status, archive. */
@Service
public class TicketService {

    private final TicketRepository tickets;
    private final TicketAccess access;
    private final UserRepository users;
    private final ProjectRepository projects;
    private final CatalogRepository catalog;
    private final CustomFieldRepository customFields;
    private final TicketCompanies companies;
    private final Workflow workflow;
    private final TicketSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TicketService(
            TicketRepository tickets,
            TicketAccess access,
            UserRepository users,
            ProjectRepository projects,
            CatalogRepository catalog,
            CustomFieldRepository customFields,
            TicketCompanies companies,
            Workflow workflow,
            TicketSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tickets = tickets;
        this.access = access;
        this.users = users;
        this.projects = projects;
        this.catalog = catalog;
        this.customFields = customFields;
        this.companies = companies;
        this.workflow = workflow;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Ticket create(Actor actor, CreateTicket c) {
        Actor.require(actor);
        boolean staff = actor.isStaff();
        if (!staff
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
        checkRequester(requesterId, v);
        checkAssignee(c.assigneeId(), v);
        checkReferences(c.projectId(), c.teamId(), c.typeId(), v);
        Map<Long, String> fieldValues = customFieldValues(c.customFields(), Map.of(), true, v);
        v.throwIfInvalid();

        Instant now = now();
        Status initial = workflow.status(Workflow.NEW)
                .orElseGet(() -> workflow.statuses().get(0));
        Ticket draft = Ticket.builder()
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
                .build();
        long id = tickets.insert(draft);
        tickets.assignNumber(id, settings.number(id));
        if (!c.tags().isEmpty()) {
            tickets.replaceTags(id, tagIds(c.tags()));
        }
        if (!fieldValues.isEmpty()) {
            customFields.putValues(id, fieldValues);
        }
        events.publishEvent(new TicketCreated(id, actor.userId()));
        return tickets.findById(id).orElseThrow();
    }

    @Transactional
    public Ticket update(Actor actor, long ticketId, UpdateTicket u) {
        Ticket current = access.visible(actor, ticketId);
        if (!actor.isStaff() && touchesStaffFields(u)) {
            throw DomainException.forbidden(
                    "Customers may change only the title, description and custom fields" + " of their tickets");
        }
        if (u.expectedLockVersion() != null && u.expectedLockVersion() != current.lockVersion()) {
            throw staleVersion(current);
        }
        Validation v = new Validation();
        Status fromStatus = workflow.status(current.statusId());
        Status toStatus =
                u.status().isPresent() ? workflow.status(u.status().value()).orElse(null) : fromStatus;
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
        Priority priority = u.priority().isPresent()
                ? workflow.priority(u.priority().value()).orElse(null)
                : workflow.priority(current.priorityId());
        v.check(
                priority != null,
                "priority",
                "must be one of "
                        + workflow.priorities().stream().map(Priority::key).toList());
        Long assigneeId = u.assigneeId().orElse(current.assigneeId());
        if (u.assigneeId().isPresent()) {
            checkAssignee(assigneeId, v);
        }
        Long projectId = u.projectId().orElse(current.projectId());
        Long teamId = u.teamId().orElse(current.teamId());
        Long typeId = u.typeId().orElse(current.typeId());
        checkReferences(
                u.projectId().isPresent() ? projectId : null,
                u.teamId().isPresent() ? teamId : null,
                u.typeId().isPresent() ? typeId : null,
                v);
        Map<Long, String> fieldValues = u.customFields().isPresent()
                ? customFieldValues(u.customFields().value(), currentValues(ticketId), false, v)
                : Map.of();
        if (u.companyId().isPresent() && u.companyId().value() != null) {
            v.check(companies.isLive(u.companyId().value()), "companyId", "is not an existing, unarchived company");
        }
        v.throwIfInvalid();

        Instant now = now();
        boolean done = toStatus.isDone();
        Instant closedAt = done ? (fromStatus.isDone() ? current.closedAt() : now) : null;
        Ticket updated = Ticket.builder()
                .id(current.id())
                .number(current.number())
                .title(u.title().map(String::strip).orElse(current.title()))
                .description(u.description().orElse(current.description()))
                .statusId(toStatus.id())
                .priorityId(priority.id())
                .requesterId(current.requesterId())
                .assigneeId(assigneeId)
                .projectId(projectId)
                .teamId(teamId)
                .typeId(typeId)
                .dueDate(u.dueDate().orElse(current.dueDate()))
                .resolution(u.resolution().orElse(current.resolution()))
                .onHold(toStatus.key().equals(Workflow.ON_HOLD))
                .source(current.source())
                .createdAt(current.createdAt())
                .updatedAt(now)
                .closedAt(closedAt)
                .firstResponseAt(current.firstResponseAt())
                .lockVersion(current.lockVersion())
                .build();

        List<TicketChange> changes = new ArrayList<>(diff(current, updated, actor, now));
        List<String> oldTags = tagNames(ticketId);
        List<String> newTags = u.tags().isPresent() ? normalizedTags(u.tags().value()) : oldTags;
        if (!newTags.equals(oldTags)) {
            changes.add(change(current, actor, now, "tags", String.join(",", oldTags), String.join(",", newTags)));
        }
        Long oldCompanyId = u.companyId().isPresent() ? companies.companyOf(ticketId) : null;
        boolean companyChanges = u.companyId().isPresent()
                && !Objects.equals(oldCompanyId, u.companyId().value());
        if (companyChanges) {
            compare(
                    changes,
                    current,
                    actor,
                    now,
                    "company",
                    oldCompanyId,
                    u.companyId().value());
        }
        Map<Long, String> oldValues = u.customFields().isPresent() ? currentValues(ticketId) : Map.of();
        fieldValues.forEach((fieldId, value) -> {
            if (!Objects.equals(oldValues.get(fieldId), value)) {
                changes.add(change(current, actor, now, "customField:" + fieldId, oldValues.get(fieldId), value));
            }
        });
        if (changes.isEmpty()) {
            return current;
        }
        if (!tickets.update(updated, current.lockVersion())) {
            throw staleVersion(current);
        }
        if (!newTags.equals(oldTags)) {
            tickets.replaceTags(ticketId, tagIds(newTags));
        }
        if (!fieldValues.isEmpty()) {
            customFields.putValues(ticketId, fieldValues);
        }
        if (companyChanges) {
            companies.setCompany(ticketId, u.companyId().value());
        }
        tickets.addHistory(changes);
        events.publishEvent(new TicketUpdated(ticketId, actor.userId(), List.copyOf(changes)));
        return tickets.findById(ticketId).orElseThrow();
    }

    @Transactional
    public Ticket assign(Actor actor, long ticketId, Long assigneeId, Integer expectedLockVersion) {
        Actor.requireStaff(actor);
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

    /** Soft delete: the ticket is archived and disappears from every listing, but nothing is removed. */
    @Transactional
    public void archive(Actor actor, long ticketId, Integer expectedLockVersion) {
        Ticket current = access.visible(actor, ticketId);
        if (!TicketPolicy.canArchive(actor)) {
            throw DomainException.forbidden("Only agents and administrators may delete tickets");
        }
        if (expectedLockVersion != null && expectedLockVersion != current.lockVersion()) {
            throw staleVersion(current);
        }
        Instant now = now();
        Ticket archived = current.toBuilder().updatedAt(now).archived(true).build();
        if (!tickets.update(archived, current.lockVersion())) {
            throw staleVersion(current);
        }
        TicketChange change = change(current, actor, now, "archived", "false", "true");
        tickets.addHistory(List.of(change));
        events.publishEvent(new TicketUpdated(ticketId, actor.userId(), List.of(change)));
    }

    private static boolean touchesStaffFields(UpdateTicket u) {
        return u.priority().isPresent()
                || u.status().isPresent()
                || u.assigneeId().isPresent()
                || u.projectId().isPresent()
                || u.teamId().isPresent()
                || u.typeId().isPresent()
                || u.tags().isPresent()
                || u.dueDate().isPresent()
                || u.resolution().isPresent()
                || u.companyId().isPresent();
    }

    private static DomainException staleVersion(Ticket current) {
        return DomainException.conflict("Ticket " + current.id() + " was changed by someone else (now at version "
                + current.lockVersion() + "); reload it and try again");
    }

    private void checkRequester(long requesterId, Validation v) {
        Optional<User> requester = users.findById(requesterId);
        v.check(requester.isPresent() && requester.get().active(), "requesterId", "is not an active user");
    }

    private void checkAssignee(Long assigneeId, Validation v) {
        if (assigneeId == null) {
            return;
        }
        Optional<User> assignee = users.findById(assigneeId);
        v.check(assignee.isPresent() && assignee.get().active(), "assigneeId", "is not an active user");
        assignee.filter(User::active)
                .ifPresent(a -> v.check(a.role().isStaff(), "assigneeId", "must be an agent or administrator"));
    }

    private void checkReferences(Long projectId, Long teamId, Long typeId, Validation v) {
        if (projectId != null) {
            v.check(
                    projects.findById(projectId).filter(p -> !p.archived()).isPresent(),
                    "projectId",
                    "is not an existing project");
        }
        if (teamId != null) {
            v.check(catalog.findTeam(teamId).isPresent(), "teamId", "is not an existing team");
        }
        if (typeId != null) {
            v.check(catalog.findType(typeId).isPresent(), "typeId", "is not an existing ticket type");
        }
    }

    /** Validates input keyed by field key and returns canonical values keyed by field id. */
    private Map<Long, String> customFieldValues(
            Map<String, String> input, Map<Long, String> existing, boolean creating, Validation v) {
        List<CustomFieldDefinition> definitions = customFields.ticketFields();
        Map<String, CustomFieldDefinition> byKey =
                definitions.stream().collect(Collectors.toMap(CustomFieldDefinition::key, Function.identity()));
        Map<Long, String> result = new HashMap<>();
        input.forEach((key, raw) -> {
            CustomFieldDefinition field = byKey.get(key);
            if (field == null) {
                v.add("customFields." + key, "is not a defined custom field");
                return;
            }
            result.put(field.id(), CustomFieldValues.canonical(field, raw, v));
        });
        if (creating) {
            for (CustomFieldDefinition field : definitions) {
                v.check(
                        !field.required() || input.containsKey(field.key()) || existing.containsKey(field.id()),
                        "customFields." + field.key(),
                        "is required");
            }
        }
        return result;
    }

    private Map<Long, String> currentValues(long ticketId) {
        Map<Long, String> values = new HashMap<>();
        for (CustomFieldValue value : customFields.valuesOf(List.of(ticketId))) {
            values.put(value.fieldId(), value.value());
        }
        return values;
    }

    private List<String> tagNames(long ticketId) {
        return tickets.tagsOf(List.of(ticketId)).stream()
                .map(t -> t.tag().name())
                .sorted()
                .toList();
    }

    private static List<String> normalizedTags(List<String> tags) {
        return new LinkedHashSet<>(
                        tags == null
                                ? List.<String>of()
                                : tags.stream().map(String::strip).toList())
                .stream().sorted().toList();
    }

    private List<Long> tagIds(List<String> names) {
        return normalizedTags(names).stream()
                .map(catalog::ensureTag)
                .map(Tag::id)
                .distinct()
                .toList();
    }

    private List<TicketChange> diff(Ticket a, Ticket b, Actor actor, Instant at) {
        List<TicketChange> changes = new ArrayList<>();
        compare(changes, a, actor, at, "title", a.title(), b.title());
        compare(changes, a, actor, at, "description", a.description(), b.description());
        if (a.statusId() != b.statusId()) {
            changes.add(change(
                    a,
                    actor,
                    at,
                    "status",
                    workflow.status(a.statusId()).key(),
                    workflow.status(b.statusId()).key()));
        }
        if (a.priorityId() != b.priorityId()) {
            changes.add(change(
                    a,
                    actor,
                    at,
                    "priority",
                    workflow.priority(a.priorityId()).key(),
                    workflow.priority(b.priorityId()).key()));
        }
        compare(changes, a, actor, at, "assignee", a.assigneeId(), b.assigneeId());
        compare(changes, a, actor, at, "project", a.projectId(), b.projectId());
        compare(changes, a, actor, at, "team", a.teamId(), b.teamId());
        compare(changes, a, actor, at, "type", a.typeId(), b.typeId());
        compare(changes, a, actor, at, "dueDate", a.dueDate(), b.dueDate());
        compare(changes, a, actor, at, "resolution", a.resolution(), b.resolution());
        return changes;
    }

    private static void compare(
            List<TicketChange> changes, Ticket t, Actor actor, Instant at, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(change(
                    t, actor, at, field, from == null ? null : from.toString(), to == null ? null : to.toString()));
        }
    }

    private static TicketChange change(Ticket t, Actor actor, Instant at, String field, String from, String to) {
        return new TicketChange(0, t.id(), actor.userId(), at, field, from, to);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
