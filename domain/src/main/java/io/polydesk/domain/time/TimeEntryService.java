package io.polydesk.domain.time;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskRepository;
import io.polydesk.domain.ticket.TicketAccess;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging time on tickets. Staff log time (for themselves, or, as an administrator, for another agent); only
 * the entry's agent or an administrator edits or deletes it.
 */
@Service
public class TimeEntryService {

    private final TimeEntryRepository entries;
    private final TaskRepository tasks;
    private final TicketAccess access;
    private final UserRepository users;
    private final Clock clock;

    public TimeEntryService(
            TimeEntryRepository entries, TaskRepository tasks, TicketAccess access, UserRepository users, Clock clock) {
        this.entries = entries;
        this.tasks = tasks;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public TimeEntry log(Actor actor, long ticketId, LogTime c) {
        Actor.requireStaff(actor);
        access.visible(actor, ticketId);
        long agentId = c.agentId() == null ? actor.userId() : c.agentId();
        if (agentId != actor.userId() && !actor.isAdmin()) {
            throw DomainException.forbidden("Only administrators may log time for another agent");
        }
        Validation v = new Validation();
        User agent = users.findById(agentId).filter(User::active).orElse(null);
        v.check(agent != null, "agentId", "is not an active user");
        if (agent != null) {
            v.check(agent.role().isStaff(), "agentId", "must be an agent or administrator");
        }
        checkTask(c.taskId(), ticketId, v);
        v.throwIfInvalid();
        Instant now = now();
        long id = entries.insert(new TimeEntry(
                0,
                ticketId,
                agentId,
                c.taskId(),
                c.date(),
                c.minutes(),
                Boolean.TRUE.equals(c.billable()),
                c.note(),
                now,
                now));
        return entries.findById(id).orElseThrow();
    }

    @Transactional
    public TimeEntry update(Actor actor, long entryId, UpdateTimeEntry u) {
        TimeEntry current = ownEntry(actor, entryId);
        Validation v = new Validation();
        if (u.taskId().isPresent()) {
            checkTask(u.taskId().value(), current.ticketId(), v);
        }
        v.throwIfInvalid();
        entries.update(new TimeEntry(
                current.id(),
                current.ticketId(),
                current.agentId(),
                u.taskId().orElse(current.taskId()),
                u.date().orElse(current.date()),
                u.minutes().orElse(current.minutes()),
                u.billable().orElse(current.billable()),
                u.note().orElse(current.note()),
                current.createdAt(),
                now()));
        return entries.findById(entryId).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, long entryId) {
        ownEntry(actor, entryId);
        entries.delete(entryId);
    }

    private TimeEntry ownEntry(Actor actor, long entryId) {
        Actor.requireStaff(actor);
        TimeEntry entry = entries.findById(entryId).orElseThrow(() -> DomainException.notFound("Time entry", entryId));
        access.visible(actor, entry.ticketId());
        if (entry.agentId() != actor.userId() && !actor.isAdmin()) {
            throw DomainException.forbidden("Only the entry's agent or an administrator may change a time entry");
        }
        return entry;
    }

    private void checkTask(Long taskId, long ticketId, Validation v) {
        if (taskId != null) {
            v.check(
                    tasks.findById(taskId)
                            .map(Task::ticketId)
                            .filter(t -> t == ticketId)
                            .isPresent(),
                    "taskId",
                    "is not a task of this ticket");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
