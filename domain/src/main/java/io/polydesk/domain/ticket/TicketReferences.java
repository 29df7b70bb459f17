package io.polydesk.domain.ticket;

import io.polydesk.domain.catalog.CatalogRepository;
import io.polydesk.domain.project.ProjectRepository;
import io.polydesk.domain.shared.Validation;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Checks the people and catalog entries a ticket names, the same way on creation and on update. */
@Component
class TicketReferences {

    private final UserRepository users;
    private final ProjectRepository projects;
    private final CatalogRepository catalog;
    private final TeamRouting teams;

    TicketReferences(UserRepository users, ProjectRepository projects, CatalogRepository catalog, TeamRouting teams) {
        this.users = users;
        this.projects = projects;
        this.catalog = catalog;
        this.teams = teams;
    }

    void checkRequester(long requesterId, Validation v) {
        Optional<User> requester = users.findById(requesterId);
        v.check(requester.isPresent() && requester.get().active(), "requesterId", "is not an active user");
    }

    void checkAssignee(Long assigneeId, Validation v) {
        if (assigneeId == null) {
            return;
        }
        Optional<User> assignee = users.findById(assigneeId);
        v.check(assignee.isPresent() && assignee.get().active(), "assigneeId", "is not an active user");
        assignee.filter(User::active)
                .ifPresent(a -> v.check(a.role().isStaff(), "assigneeId", "must be an agent or administrator"));
    }

    /** Checks each id that is not null; a null one is not being set. */
    void checkCatalog(Long projectId, Long teamId, Long typeId, Validation v) {
        if (projectId != null) {
            v.check(
                    projects.findById(projectId).filter(p -> !p.archived()).isPresent(),
                    "projectId",
                    "is not an existing project");
        }
        teams.check(teamId, v);
        if (typeId != null) {
            v.check(catalog.findType(typeId).isPresent(), "typeId", "is not an existing ticket type");
        }
    }
}
