package io.polydesk.api.graphql.search;

import io.polydesk.api.graphql.support.Batches;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.stats.GroupCount;
import io.polydesk.domain.stats.StatsQueries;
import io.polydesk.domain.stats.TicketStatistics;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Ticket statistics; the users and projects the counts name are loaded in one query each. */
@Controller
class StatsGraphQlController {

    private final StatsQueries stats;
    private final UserQueries users;
    private final ProjectService projects;

    StatsGraphQlController(StatsQueries stats, UserQueries users, ProjectService projects) {
        this.stats = stats;
        this.users = users;
        this.projects = projects;
    }

    @QueryMapping
    TicketStatistics ticketStatistics(
            @Argument LocalDate from, @Argument LocalDate to, @AuthenticationPrincipal Actor actor) {
        return stats.tickets(actor, from, to);
    }

    @SchemaMapping(typeName = "TicketStatistics", field = "meanFirstResponseSeconds")
    Double meanFirstResponseSeconds(TicketStatistics statistics) {
        return statistics.means().firstResponseSeconds();
    }

    @SchemaMapping(typeName = "TicketStatistics", field = "meanResolutionSeconds")
    Double meanResolutionSeconds(TicketStatistics statistics) {
        return statistics.means().resolutionSeconds();
    }

    @BatchMapping(typeName = "AssigneeCount", field = "assignee")
    Map<GroupCount, User> assignee(List<GroupCount> batch) {
        return Batches.byKey(batch, GroupCount::id, users::byIds);
    }

    @BatchMapping(typeName = "ProjectCount", field = "project")
    Map<GroupCount, Project> project(List<GroupCount> batch) {
        return Batches.byKey(batch, GroupCount::id, projects::byIds);
    }
}
