package io.polydesk.persistence.task;

import io.polydesk.domain.task.Task;
import io.polydesk.domain.task.TaskType;
import io.polydesk.persistence.support.GeneratedId;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code task_types} and {@code tasks}; statements live in {@code TaskMapper.xml}. */
@Mapper
public interface TaskMapper {

    void insertType(@Param("type") TaskType type, @Param("key") GeneratedId key);

    List<TaskType> types();

    TaskType findType(@Param("id") long id);

    List<TaskType> findTypesByIds(@Param("ids") Collection<Long> ids);

    int countTypesNamed(@Param("name") String name);

    void insert(@Param("task") Task task, @Param("key") GeneratedId key);

    int update(@Param("task") Task task);

    Task findById(@Param("id") long id);

    List<Task> findByIds(@Param("ids") Collection<Long> ids);

    List<Task> listByTickets(@Param("ticketIds") Collection<Long> ticketIds);

    void detachTimeEntries(@Param("taskId") long taskId);

    int delete(@Param("id") long id);
}
