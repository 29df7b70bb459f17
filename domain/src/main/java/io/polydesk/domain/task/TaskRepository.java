package io.polydesk.domain.task;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where task types and tasks are kept. */
public interface TaskRepository {

    long insertType(TaskType type);

    List<TaskType> types();

    Optional<TaskType> findType(long id);

    List<TaskType> findTypesByIds(Collection<Long> ids);

    boolean typeNameExists(String name);

    long insert(Task task);

    /** Writes every mutable field (type, team, agent, title, note, due, closed, updated). */
    void update(Task task);

    Optional<Task> findById(long id);

    List<Task> findByIds(Collection<Long> ids);

    /** The tasks of many tickets, each ticket's oldest first, in one query. */
    List<Task> listByTickets(Collection<Long> ticketIds);

    void delete(long id);
}
