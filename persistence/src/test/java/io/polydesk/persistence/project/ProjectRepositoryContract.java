package io.polydesk.persistence.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.project.Project;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

abstract class ProjectRepositoryContract extends RepositoryTest {

    @Test
    void insertedProjectReadsBackWithEveryField() {
        String name = unique("Helpdesk");
        long id = projects.insert(new Project(0, name, "The main queue", false, T0, T0.plusSeconds(1)));

        assertThat(projects.findById(id))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new Project(id, name, "The main queue", false, T0, T0.plusSeconds(1)));
        assertThat(projects.findById(-1)).isEmpty();
    }

    @Test
    void updateWritesNameDescriptionArchivedAndUpdatedAt() {
        Project p = newProject();
        String renamed = unique("Renamed");

        projects.update(new Project(p.id(), renamed, "changed", true, T0.minusSeconds(50), T0.plusSeconds(9)));

        assertThat(projects.findById(p.id()))
                .get()
                .usingRecursiveComparison()
                .isEqualTo(new Project(p.id(), renamed, "changed", true, p.createdAt(), T0.plusSeconds(9)));
    }

    @Test
    void findByIdsLoadsExactlyTheAskedProjects() {
        Project a = newProject();
        Project b = newProject();
        newProject();

        assertThat(projects.findByIds(List.of(a.id(), b.id())))
                .extracting(Project::id)
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(projects.findByIds(List.of())).isEmpty();
    }

    @Test
    void nameExistenceIgnoresCase() {
        Project p = newProject();

        assertThat(projects.existsByName(p.name().toUpperCase())).isTrue();
        assertThat(projects.existsByName(unique("free"))).isFalse();
    }

    @Test
    void activeListingLeavesArchivedProjectsOutAndSortsByName() {
        String prefix = unique("list");
        long b = projects.insert(new Project(0, prefix + "-b", null, false, T0, T0));
        long a = projects.insert(new Project(0, prefix + "-a", null, false, T0, T0));
        long archived = projects.insert(new Project(0, prefix + "-c", null, true, T0, T0));

        List<Long> listed = projects.listActive().stream()
                .filter(p -> p.name().startsWith(prefix))
                .map(Project::id)
                .toList();
        assertThat(listed).containsExactly(a, b).doesNotContain(archived);
    }

    @Test
    void ticketCountsCountLiveTicketsAndAnswerZeroForEmptyProjects() {
        User requester = newUser(Role.CUSTOMER);
        Project busy = newProject();
        Project quiet = newProject();
        Project empty = newProject();
        aTicket(requester).project(busy).insert();
        aTicket(requester).project(busy).insert();
        aTicket(requester).project(busy).archived().insert();
        aTicket(requester).project(quiet).insert();

        assertThat(projects.ticketCounts(List.of(busy.id(), quiet.id(), empty.id()), null))
                .isEqualTo(Map.of(busy.id(), 2L, quiet.id(), 1L, empty.id(), 0L));
        assertThat(projects.ticketCounts(List.of(), null)).isEmpty();
        User other = newUser(Role.CUSTOMER);
        aTicket(other).project(busy).insert();
        assertThat(projects.ticketCounts(List.of(busy.id()), other.id())).isEqualTo(Map.of(busy.id(), 1L));
    }
}
