package io.polydesk.persistence.project;

import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectRepository;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.support.IdCount;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Projects in the {@code projects} table; archiving keeps the row. */
@Repository
public class MyBatisProjectRepository implements ProjectRepository {

    private final ProjectMapper mapper;

    public MyBatisProjectRepository(ProjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(Project project) {
        GeneratedId key = new GeneratedId();
        mapper.insert(project, key);
        return key.value();
    }

    @Override
    public void update(Project project) {
        if (mapper.update(project) != 1) {
            throw new IllegalStateException("Project " + project.id() + " does not exist");
        }
    }

    @Override
    public Optional<Project> findById(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    @Override
    public List<Project> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.findByIds(ids);
    }

    @Override
    public boolean existsByName(String name) {
        return mapper.existsByName(name);
    }

    @Override
    public List<Project> listActive() {
        return mapper.listActive();
    }

    /** Every requested project has an entry; one without live tickets counts zero. */
    @Override
    public Map<Long, Long> ticketCounts(Collection<Long> projectIds, Long requesterId) {
        return projectIds.isEmpty()
                ? Map.of()
                : IdCount.toMap(projectIds, mapper.ticketCounts(projectIds, requesterId));
    }
}
