package io.polydesk.persistence.project;

import io.polydesk.domain.project.Project;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.IdCount;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code projects}; statements live in {@code ProjectMapper.xml}. */
@Mapper
public interface ProjectMapper {

    void insert(@Param("project") Project project, @Param("key") GeneratedId key);

    int update(@Param("project") Project project);

    Project findById(@Param("id") long id);

    List<Project> findByIds(@Param("ids") Collection<Long> ids);

    boolean existsByName(@Param("name") String name);

    List<Project> listActive();

    List<IdCount> ticketCounts(@Param("ids") Collection<Long> projectIds, @Param("requesterId") Long requesterId);
}
