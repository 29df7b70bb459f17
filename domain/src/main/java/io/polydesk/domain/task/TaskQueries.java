package io.polydesk.domain.task;

import io.polydesk.domain.shared.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reads of task types and tasks. Customers see no tasks at all: for them every ticket has none. */
@Service
public class TaskQueries {

    private final TaskRepository tasks;

    public TaskQueries(TaskRepository tasks) {
        this.tasks = tasks;
    }

    public List<TaskType> types(Actor actor) {
        Actor.requireStaff(actor);
        return tasks.types();
    }

    /** Types of many tasks in one query, keyed by type id. */
    public Map<Long, TaskType> typesByIds(Collection<Long> typeIds) {
        if (typeIds.isEmpty()) {
            return Map.of();
        }
        return tasks.findTypesByIds(typeIds).stream().collect(Collectors.toMap(TaskType::id, t -> t));
    }

    /** Tasks by id, for staff only; the caller passes ids it obtained from visible tickets. */
    public Map<Long, Task> byIds(Actor actor, Collection<Long> taskIds) {
        Actor.require(actor);
        if (!actor.isStaff() || taskIds.isEmpty()) {
            return Map.of();
        }
        return tasks.findByIds(taskIds).stream().collect(Collectors.toMap(Task::id, t -> t));
    }

    /**
     * The tasks of tickets the caller has already been shown, keyed by ticket id, in one query; empty for
     * customers.
     */
    public Map<Long, List<Task>> ofTickets(Actor actor, Collection<Long> visibleTicketIds) {
        Actor.require(actor);
        if (!actor.isStaff() || visibleTicketIds.isEmpty()) {
            return Map.of();
        }
        return tasks.listByTickets(visibleTicketIds).stream().collect(Collectors.groupingBy(Task::ticketId));
    }
}
