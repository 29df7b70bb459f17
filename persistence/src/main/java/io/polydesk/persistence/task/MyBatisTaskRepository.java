package io.polydesk.persistence.task;

import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskRepository;
import io.polydesk.domain.task.TaskType;
import io.polydesk.persistence.support.GeneratedId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Task types and the tasks on tickets. */
@Repository
public class MyBatisTaskRepository implements TaskRepository {

    private final TaskMapper mapper;

    public MyBatisTaskRepository(TaskMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insertType(TaskType type) {
        GeneratedId key = new GeneratedId();
        mapper.insertType(type, key);
        return key.value();
    }

    @Override
    public List<TaskType> types() {
        return mapper.types();
    }

    @Override
    public Optional<TaskType> findType(long id) {
        return Optional.ofNullable(mapper.findType(id));
    }

    @Override
    public List<TaskType> findTypesByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findTypesByIds(ids);
    }

    @Override
    public boolean typeNameExists(String name) {
        return mapper.countTypesNamed(name) > 0;
    }

    @Override
    public long insert(Task task) {
        GeneratedId key = new GeneratedId();
        mapper.insert(task, key);
        return key.value();
    }

    @Override
    public void update(Task task) {
        if (mapper.update(task) != 1) {
            throw new IllegalStateException("Task " + task.id() + " does not exist");
        }
    }

    @Override
    public Optional<Task> findById(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    @Override
    public List<Task> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(ids);
    }

    @Override
    public List<Task> listByTickets(Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of() : mapper.listByTickets(ticketIds);
    }

    /** Time logged against the task stays on its ticket, without the task. */
    @Override
    public void delete(long id) {
        mapper.detachTimeEntries(id);
        mapper.delete(id);
    }
}
