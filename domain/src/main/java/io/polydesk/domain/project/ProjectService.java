package io.polydesk.domain.project;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ReferenceCache;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects: everybody signed in can list them; only administrators shape them. */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final Clock clock;
    private final ReferenceCache<Project> shown;

    public ProjectService(ProjectRepository projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
        this.shown = new ReferenceCache<>(clock);
    }

    public List<Project> list(Actor actor) {
        Actor.require(actor);
        return projects.listActive();
    }

    public Project get(Actor actor, long id) {
        Actor.require(actor);
        return projects.findById(id)
                .filter(p -> !p.archived())
                .orElseThrow(() -> DomainException.notFound("Project", id));
    }

    /** Live tickets per project, counted as the caller may see them: a customer counts only their own. */
    public Map<Long, Long> ticketCounts(Actor actor, Collection<Long> projectIds) {
        Actor.require(actor);
        Long requester = actor.isStaff() ? null : actor.userId();
        return projectIds.isEmpty() ? Map.of() : projects.ticketCounts(projectIds, requester);
    }

    /** Projects that tickets point at, for display; held briefly ({@link ReferenceCache}). */
    public Map<Long, Project> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return shown.byIds(
                ids,
                missing -> projects.findByIds(missing).stream()
                        .collect(Collectors.toMap(Project::id, Function.identity())));
    }

    @Transactional
    public Project create(Actor actor, String name, String description) {
        Actor.requireAdmin(actor);
        Validation v = new Validation()
                .required(name, "name")
                .maxLength(name, 200, "name")
                .maxLength(description, 10_000, "description");
        v.throwIfInvalid();
        v.check(!projects.existsByName(name.trim()), "name", "is already taken").throwIfInvalid();
        Instant now = now();
        long id = projects.insert(new Project(0, name.trim(), description, false, now, now));
        shown.forget();
        return projects.findById(id).orElseThrow();
    }

    @Transactional
    public Project update(Actor actor, long id, Change<String> name, Change<String> description) {
        Actor.requireAdmin(actor);
        Project current = get(actor, id);
        String newName = name.orElse(current.name());
        Validation v = new Validation()
                .required(newName, "name")
                .maxLength(newName, 200, "name")
                .maxLength(description.orElse(current.description()), 10_000, "description");
        v.throwIfInvalid();
        v.check(
                        newName.trim().equals(current.name()) || !projects.existsByName(newName.trim()),
                        "name",
                        "is already taken")
                .throwIfInvalid();
        projects.update(new Project(
                id, newName.trim(), description.orElse(current.description()), false, current.createdAt(), now()));
        shown.forget();
        return projects.findById(id).orElseThrow();
    }

    /** Archives the project; its tickets keep pointing at it. */
    @Transactional
    public void delete(Actor actor, long id) {
        Actor.requireAdmin(actor);
        Project current = get(actor, id);
        projects.update(new Project(id, current.name(), current.description(), true, current.createdAt(), now()));
        shown.forget();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
