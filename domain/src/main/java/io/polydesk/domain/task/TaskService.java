package io.polydesk.domain.task;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.ticket.TeamRouting;
import io.polydesk.domain.ticket.TicketAccess;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task types (administrators) and tasks on tickets (staff): create, update, close, reopen, delete. Tasks are
 * staff work, so every operation requires an agent or administrator.
 */
@Service
public class TaskService {

    static final int MAX_TYPE_NAME = 100;

    private final TaskRepository tasks;
    private final TicketAccess access;
    private final TeamRouting teams;
    private final UserRepository users;
    private final Clock clock;

    public TaskService(
            TaskRepository tasks, TicketAccess access, TeamRouting teams, UserRepository users, Clock clock) {
        this.tasks = tasks;
        this.access = access;
        this.teams = teams;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public TaskType createType(Actor actor, String name) {
        Actor.requireAdmin(actor);
        new Validation()
                .required(name, "name")
                .maxLength(name == null ? null : name.strip(), MAX_TYPE_NAME, "name")
                .throwIfInvalid();
        String clean = name.strip();
        if (tasks.typeNameExists(clean)) {
            throw DomainException.conflict("A task type named '" + clean + "' already exists");
        }
        Instant now = now();
        long id = tasks.insertType(new TaskType(0, clean, now, now));
        return tasks.findType(id).orElseThrow();
    }

    @Transactional
    public Task create(Actor actor, long ticketId, CreateTask c) {
        Actor.requireStaff(actor);
        access.visible(actor, ticketId);
        Validation v = new Validation();
        checkReferences(c.typeId(), c.teamId(), c.agentId(), v);
        v.throwIfInvalid();
        Instant now = now();
        long id = tasks.insert(new Task(
                0,
                ticketId,
                c.typeId(),
                c.teamId(),
                c.agentId(),
                c.title(),
                c.note(),
                truncate(c.dueAt()),
                null,
                now,
                now));
        return tasks.findById(id).orElseThrow();
    }

    @Transactional
    public Task update(Actor actor, long taskId, UpdateTask u) {
        Task current = visibleTask(actor, taskId);
        Validation v = new Validation();
        checkReferences(
                u.typeId().isPresent() ? u.typeId().value() : null,
                u.teamId().isPresent() ? u.teamId().value() : null,
                u.agentId().isPresent() ? u.agentId().value() : null,
                v);
        v.throwIfInvalid();
        Task updated = new Task(
                current.id(),
                current.ticketId(),
                u.typeId().orElse(current.typeId()),
                u.teamId().orElse(current.teamId()),
                u.agentId().orElse(current.agentId()),
                u.title().map(String::strip).orElse(current.title()),
                u.note().orElse(current.note()),
                truncate(u.dueAt().orElse(current.dueAt())),
                current.closedAt(),
                current.createdAt(),
                now());
        tasks.update(updated);
        return tasks.findById(taskId).orElseThrow();
    }

    /** Closing a closed task keeps its first closing time; the optional note replaces the task's note. */
    @Transactional
    public Task close(Actor actor, long taskId, String note) {
        Task current = visibleTask(actor, taskId);
        new Validation().maxLength(note, CreateTask.MAX_NOTE, "note").throwIfInvalid();
        Instant now = now();
        tasks.update(new Task(
                current.id(),
                current.ticketId(),
                current.typeId(),
                current.teamId(),
                current.agentId(),
                current.title(),
                note == null ? current.note() : note,
                current.dueAt(),
                current.closed() ? current.closedAt() : now,
                current.createdAt(),
                now));
        return tasks.findById(taskId).orElseThrow();
    }

    @Transactional
    public Task reopen(Actor actor, long taskId) {
        Task current = visibleTask(actor, taskId);
        if (!current.closed()) {
            return current;
        }
        tasks.update(new Task(
                current.id(),
                current.ticketId(),
                current.typeId(),
                current.teamId(),
                current.agentId(),
                current.title(),
                current.note(),
                current.dueAt(),
                null,
                current.createdAt(),
                now()));
        return tasks.findById(taskId).orElseThrow();
    }

    /** Deleting a task keeps the time logged against it; those entries simply lose their task. */
    @Transactional
    public void delete(Actor actor, long taskId) {
        visibleTask(actor, taskId);
        tasks.delete(taskId);
    }

    private Task visibleTask(Actor actor, long taskId) {
        Actor.requireStaff(actor);
        Task task = tasks.findById(taskId).orElseThrow(() -> DomainException.notFound("Task", taskId));
        access.visible(actor, task.ticketId());
        return task;
    }

    private void checkReferences(Long typeId, Long teamId, Long agentId, Validation v) {
        if (typeId != null) {
            v.check(tasks.findType(typeId).isPresent(), "typeId", "is not an existing task type");
        }
        teams.check(teamId, v);
        if (agentId != null) {
            User agent = users.findById(agentId).filter(User::active).orElse(null);
            v.check(agent != null, "agentId", "is not an active user");
            if (agent != null) {
                v.check(agent.role().isStaff(), "agentId", "must be an agent or administrator");
            }
        }
    }

    private static Instant truncate(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
