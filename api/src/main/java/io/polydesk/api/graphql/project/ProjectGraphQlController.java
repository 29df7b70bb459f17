package io.polydesk.api.graphql.project;

import graphql.GraphQLContext;
import io.polydesk.api.graphql.support.Changes;
import io.polydesk.api.graphql.support.CurrentActor;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.shared.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Projects: listed for everybody signed in, shaped by administrators. */
@Controller
class ProjectGraphQlController {

    record CreateProjectInput(String name, String description) {}

    record UpdateProjectInput(String id, ArgumentValue<String> name, ArgumentValue<String> description) {}

    record DeleteProjectInput(String id) {}

    record ArchiveProjectInput(String id) {}

    record ProjectPayload(Project project) {}

    private final ProjectService projects;

    ProjectGraphQlController(ProjectService projects) {
        this.projects = projects;
    }

    @QueryMapping
    List<Project> projects(@AuthenticationPrincipal Actor actor) {
        return projects.list(actor);
    }

    @BatchMapping
    Map<Project, Integer> ticketCount(List<Project> batch, GraphQLContext context) {
        Map<Long, Long> counts = projects.ticketCounts(
                CurrentActor.from(context),
                batch.stream().map(Project::id).distinct().toList());
        Map<Project, Integer> result = new HashMap<>();
        batch.forEach(p -> result.put(p, counts.getOrDefault(p.id(), 0L).intValue()));
        return result;
    }

    @MutationMapping
    ProjectPayload createProject(@Argument CreateProjectInput input, @AuthenticationPrincipal Actor actor) {
        return new ProjectPayload(projects.create(actor, input.name(), input.description()));
    }

    @MutationMapping
    ProjectPayload updateProject(@Argument UpdateProjectInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new ProjectPayload(projects.update(
                actor, Ids.require(input.id(), "input.id"), Changes.of(input.name()), Changes.of(input.description())));
    }

    @MutationMapping
    DeletedPayload deleteProject(@Argument DeleteProjectInput input, @AuthenticationPrincipal Actor actor) {
        return archiveProject(new ArchiveProjectInput(input.id()), actor);
    }

    @MutationMapping
    DeletedPayload archiveProject(@Argument ArchiveProjectInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        long id = Ids.require(input.id(), "input.id");
        projects.delete(actor, id);
        return DeletedPayload.of(id);
    }
}
