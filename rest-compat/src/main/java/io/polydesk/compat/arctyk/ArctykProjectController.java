package io.polydesk.compat.arctyk;

import io.polydesk.compat.arctyk.dto.ProjectItem;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.compat.support.drf.DrfFieldWording;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.shared.Actor;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Arctyk's projects: a bare list, detail, create, partial update and delete (which archives). */
@RestController
@ConditionalOnDialect(ArctykDialect.NAME)
class ArctykProjectController {

    private final ProjectService projects;
    private final ArctykProjectConverter converter;

    ArctykProjectController(ProjectService projects, ArctykProjectConverter converter) {
        this.projects = projects;
        this.converter = converter;
    }

    @GetMapping({"/projects", "/projects/"})
    List<ProjectItem> list(@AuthenticationPrincipal Actor actor) {
        List<Project> all = projects.list(actor);
        Map<Long, Long> counts =
                projects.ticketCounts(actor, all.stream().map(Project::id).toList());
        return all.stream()
                .map(p -> converter.toItem(p, counts.getOrDefault(p.id(), 0L)))
                .toList();
    }

    @GetMapping({"/projects/{id}", "/projects/{id}/"})
    ProjectItem get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return withCount(actor, projects.get(actor, id));
    }

    @PostMapping({"/projects", "/projects/"})
    ResponseEntity<ProjectItem> create(@AuthenticationPrincipal Actor actor, @RequestBody JsonNode body) {
        JsonBody fields = JsonBody.of(body, DrfFieldWording.INSTANCE);
        var name = fields.text("name");
        var description = fields.text("description");
        fields.validate();
        Project created = projects.create(actor, name.value(), description.value());
        return ResponseEntity.status(HttpStatus.CREATED).body(converter.toItem(created, 0));
    }

    @PatchMapping({"/projects/{id}", "/projects/{id}/"})
    ProjectItem update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody JsonNode body) {
        JsonBody fields = JsonBody.of(body, DrfFieldWording.INSTANCE);
        var name = fields.text("name");
        var description = fields.text("description");
        fields.validate();
        return withCount(actor, projects.update(actor, id, name, description));
    }

    @DeleteMapping({"/projects/{id}", "/projects/{id}/"})
    ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        projects.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    private ProjectItem withCount(Actor actor, Project project) {
        long count = projects.ticketCounts(actor, List.of(project.id())).getOrDefault(project.id(), 0L);
        return converter.toItem(project, count);
    }
}
