package io.polydesk.domain.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where projects are kept. */
public interface ProjectRepository {

    long insert(Project project);

    void update(Project project);

    Optional<Project> findById(long id);

    List<Project> findByIds(Collection<Long> ids);

    boolean existsByName(String name);

    /** Projects that are not archived, by name. */
    List<Project> listActive();

    /** Live tickets per project, for the given projects, in one query; only those requested by one user if given. */
    Map<Long, Long> ticketCounts(Collection<Long> projectIds, Long requesterId);
}
