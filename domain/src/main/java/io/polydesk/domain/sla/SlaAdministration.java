package io.polydesk.domain.sla;

import io.polydesk.domain.organisation.OrganisationRepository;
import io.polydesk.domain.project.ProjectRepository;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.sla.SlaPolicyCommand.TargetSpec;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing SLA policies and business hours, administrators only. Entries are archived, never deleted, since
 * tickets name the policy they follow; a change re-times the open tickets it may concern ({@link SlaTracker}).
 */
@Service
public class SlaAdministration {

    static final int MAX_NAME = 100;
    /** A year of minutes: longer targets are a typo. */
    static final int MAX_MINUTES = 525_600;

    private final SlaRepository repository;
    private final SlaCatalog catalog;
    private final SlaTracker tracker;
    private final Workflow workflow;
    private final ProjectRepository projects;
    private final OrganisationRepository organisations;
    private final Clock clock;

    public SlaAdministration(
            SlaRepository repository,
            SlaCatalog catalog,
            SlaTracker tracker,
            Workflow workflow,
            ProjectRepository projects,
            OrganisationRepository organisations,
            Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.tracker = tracker;
        this.workflow = workflow;
        this.projects = projects;
        this.organisations = organisations;
        this.clock = clock;
    }

    public List<BusinessHours> listBusinessHours(Actor actor, boolean includeArchived) {
        Actor.requireAdmin(actor);
        return repository.listBusinessHours().stream()
                .filter(h -> includeArchived || !h.archived())
                .toList();
    }

    public List<SlaPolicy> listPolicies(Actor actor, boolean includeArchived) {
        Actor.requireStaff(actor);
        return repository.listPolicies().stream()
                .filter(p -> includeArchived || !p.archived())
                .toList();
    }

    @Transactional
    public BusinessHours createBusinessHours(Actor actor, BusinessHoursCommand command) {
        Actor.requireAdmin(actor);
        Validation validation = new Validation();
        String name = BusinessHoursRules.name(command.name().value(), validation);
        ZoneId zone = BusinessHoursRules.zone(command.timeZone().value(), validation);
        List<BusinessWindow> windows =
                BusinessHoursRules.windows(command.windows().value(), validation);
        Set<LocalDate> holidays = BusinessHoursRules.holidays(command.holidays().value(), validation);
        validation.throwIfInvalid();
        Instant now = now();
        long id = repository.insertBusinessHours(new BusinessHours(0, name, zone, windows, holidays, false, now, now));
        catalog.forget();
        return repository.findBusinessHours(id).orElseThrow();
    }

    @Transactional
    public BusinessHours updateBusinessHours(Actor actor, long id, BusinessHoursCommand command) {
        Actor.requireAdmin(actor);
        BusinessHours current = businessHours(id);
        Validation validation = new Validation();
        String name = command.name().isPresent()
                ? BusinessHoursRules.name(command.name().value(), validation)
                : current.name();
        ZoneId zone = command.timeZone().isPresent()
                ? BusinessHoursRules.zone(command.timeZone().value(), validation)
                : current.zone();
        List<BusinessWindow> windows = command.windows().isPresent()
                ? BusinessHoursRules.windows(command.windows().value(), validation)
                : current.windows();
        Set<LocalDate> holidays = command.holidays().isPresent()
                ? BusinessHoursRules.holidays(command.holidays().value(), validation)
                : current.holidays();
        validation.throwIfInvalid();
        repository.updateBusinessHours(
                new BusinessHours(id, name, zone, windows, holidays, current.archived(), current.createdAt(), now()));
        catalog.forget();
        tracker.retimeAll();
        return businessHours(id);
    }

    /** Archives business hours no live policy counts in. */
    @Transactional
    public BusinessHours archiveBusinessHours(Actor actor, long id) {
        Actor.requireAdmin(actor);
        BusinessHours current = businessHours(id);
        if (current.archived()) {
            return current;
        }
        boolean inUse = repository.listPolicies().stream()
                .anyMatch(p -> !p.archived() && Long.valueOf(id).equals(p.businessHoursId()));
        if (inUse) {
            throw DomainException.conflict("A live SLA policy counts in these business hours; change it first");
        }
        repository.updateBusinessHours(new BusinessHours(
                id,
                current.name(),
                current.zone(),
                current.windows(),
                current.holidays(),
                true,
                current.createdAt(),
                now()));
        catalog.forget();
        return businessHours(id);
    }

    @Transactional
    public SlaPolicy createPolicy(Actor actor, SlaPolicyCommand command) {
        Actor.requireAdmin(actor);
        Instant now = now();
        SlaPolicy policy = checked(0, command, null, now);
        long id = repository.insertPolicy(policy);
        catalog.forget();
        tracker.retimeAll();
        return policy(id);
    }

    @Transactional
    public SlaPolicy updatePolicy(Actor actor, long id, SlaPolicyCommand command) {
        Actor.requireAdmin(actor);
        SlaPolicy current = policy(id);
        repository.updatePolicy(checked(id, command, current, now()));
        catalog.forget();
        tracker.retimeAll();
        return policy(id);
    }

    @Transactional
    public SlaPolicy archivePolicy(Actor actor, long id) {
        Actor.requireAdmin(actor);
        SlaPolicy current = policy(id);
        if (current.archived()) {
            return current;
        }
        repository.updatePolicy(new SlaPolicy(
                id,
                current.name(),
                current.projectId(),
                current.companyId(),
                current.businessHoursId(),
                current.targets(),
                true,
                current.createdAt(),
                now()));
        catalog.forget();
        tracker.retimeAll();
        return policy(id);
    }

    public BusinessHours businessHours(long id) {
        return repository.findBusinessHours(id).orElseThrow(() -> DomainException.notFound("Business hours", id));
    }

    public SlaPolicy policy(long id) {
        return repository.findPolicy(id).orElseThrow(() -> DomainException.notFound("SLA policy", id));
    }

    private SlaPolicy checked(long id, SlaPolicyCommand command, SlaPolicy current, Instant now) {
        Validation validation = new Validation();
        String name = value(command.name(), current == null ? null : current.name());
        validation.required(name, "name").maxLength(name, MAX_NAME, "name");
        Long projectId = value(command.projectId(), current == null ? null : current.projectId());
        Long companyId = value(command.companyId(), current == null ? null : current.companyId());
        Long hoursId = value(command.businessHoursId(), current == null ? null : current.businessHoursId());
        if (projectId != null) {
            validation.check(
                    projects.findById(projectId).filter(p -> !p.archived()).isPresent(),
                    "projectId",
                    "no live project has this id");
        }
        if (companyId != null) {
            validation.check(
                    organisations
                            .findCompany(companyId)
                            .filter(c -> !c.archived())
                            .isPresent(),
                    "companyId",
                    "no live company has this id");
        }
        if (hoursId != null) {
            validation.check(
                    repository
                            .findBusinessHours(hoursId)
                            .filter(h -> !h.archived())
                            .isPresent(),
                    "businessHoursId",
                    "no live business hours have this id");
        }
        List<SlaTarget> targets =
                command.targets().isPresent() ? targets(command.targets().value(), validation) : current.targets();
        validation.throwIfInvalid();
        boolean taken = repository.listPolicies().stream()
                .anyMatch(p -> p.id() != id && !p.archived() && p.sameScope(projectId, companyId));
        if (taken && (current == null || !current.archived())) {
            throw DomainException.conflict("Another live SLA policy has this project and company scope");
        }
        return new SlaPolicy(
                id,
                name.strip(),
                projectId,
                companyId,
                hoursId,
                targets,
                current != null && current.archived(),
                current == null ? now : current.createdAt(),
                now);
    }

    private List<SlaTarget> targets(List<TargetSpec> specs, Validation validation) {
        if (specs == null || specs.isEmpty()) {
            validation.add("targets", "must name at least one priority");
            return List.of();
        }
        List<SlaTarget> targets = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            TargetSpec spec = specs.get(i);
            String field = "targets[" + i + "]";
            if (spec == null) {
                validation.add(field, "must not be null");
                continue;
            }
            Priority priority = workflow.priority(spec.priority()).orElse(null);
            if (priority == null) {
                validation.add(
                        field + ".priority",
                        "must be one of "
                                + workflow.priorities().stream()
                                        .map(Priority::key)
                                        .toList());
                continue;
            }
            validation.check(seen.add(priority.id()), field + ".priority", "is named twice");
            validation.check(
                    spec.firstResponseMinutes() != null || spec.resolutionMinutes() != null,
                    field,
                    "needs firstResponseMinutes or resolutionMinutes");
            minutes(spec.firstResponseMinutes(), field + ".firstResponseMinutes", validation);
            minutes(spec.resolutionMinutes(), field + ".resolutionMinutes", validation);
            targets.add(new SlaTarget(priority.id(), spec.firstResponseMinutes(), spec.resolutionMinutes()));
        }
        return targets;
    }

    private static void minutes(Integer minutes, String field, Validation validation) {
        validation.check(
                minutes == null || (minutes >= 1 && minutes <= MAX_MINUTES),
                field,
                "must be between 1 and " + MAX_MINUTES);
    }

    private static <T> T value(Change<T> change, T current) {
        return change.isPresent() ? change.value() : current;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
