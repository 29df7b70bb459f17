package io.polydesk.compat.arctyk;

import io.polydesk.compat.arctyk.dto.TicketCreated;
import io.polydesk.compat.arctyk.dto.TicketDetail;
import io.polydesk.compat.arctyk.dto.TicketListItem;
import io.polydesk.compat.arctyk.dto.TicketUpdated;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.compat.support.RequestRejected;
import io.polydesk.compat.support.drf.DrfFieldWording;
import io.polydesk.compat.support.drf.DrfPage;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Page;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketArchiving;
import io.polydesk.domain.ticket.TicketCreation;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticket.TicketUpdates;
import io.polydesk.domain.ticket.UpdateTicket;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Arctyk's ticket endpoints: list, detail, create, partial update and soft delete. */
@RestController
@ConditionalOnDialect(ArctykDialect.NAME)
class ArctykTicketController {

    private final TicketCreation creation;
    private final TicketUpdates updates;
    private final TicketArchiving archiving;
    private final TicketQueries queries;
    private final ArctykTicketViews views;
    private final ArctykTicketConverter converter;
    private final ArctykDialect dialect;

    ArctykTicketController(
            TicketCreation creation,
            TicketUpdates updates,
            TicketArchiving archiving,
            TicketQueries queries,
            ArctykTicketViews views,
            ArctykTicketConverter converter,
            ArctykDialect dialect) {
        this.creation = creation;
        this.updates = updates;
        this.archiving = archiving;
        this.queries = queries;
        this.views = views;
        this.converter = converter;
        this.dialect = dialect;
    }

    @GetMapping({"/tickets", "/tickets/"})
    DrfPage<TicketListItem> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        ArctykTicketListQuery query = ArctykTicketListQuery.parse(params);
        Page<Ticket> page = queries.page(actor, query.filter(), TicketOrder.NEWEST_FIRST, query.page());
        int number = query.page().page();
        if (number > 1 && page.items().isEmpty()) {
            // DRF's page-number pagination refuses pages past the last one.
            throw RequestRejected.message(HttpStatus.NOT_FOUND, "Invalid page.");
        }
        return DrfPage.of(
                request,
                dialect.basePath().link(request, "/tickets/"),
                DrfPage.Links.RELATIVE,
                page.total(),
                number,
                page.hasNext(),
                views.summaries(actor, page.items()),
                converter::toListItem);
    }

    @GetMapping({"/tickets/{id}", "/tickets/{id}/"})
    TicketDetail get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return converter.toDetail(views.detail(actor, queries.get(actor, id)));
    }

    @PostMapping({"/tickets", "/tickets/"})
    ResponseEntity<TicketCreated> create(@AuthenticationPrincipal Actor actor, @RequestBody JsonNode body) {
        JsonBody fields = JsonBody.of(body, DrfFieldWording.INSTANCE);
        var title = fields.text("title");
        var description = fields.text("description");
        var priority = fields.choice("priority", ArctykVocabulary.PRIORITIES);
        var project = fields.id("project");
        var assignedTo = fields.id("assigned_to");
        var dueDate = fields.date("due_date");
        fields.validate();
        CreateTicket command = CreateTicket.builder()
                .title(title.value())
                .description(description.value())
                .priority(priority.value())
                .projectId(project.value())
                .assigneeId(assignedTo.value())
                .dueDate(dueDate.value())
                .build();
        Ticket created = creation.create(actor, command);
        return ResponseEntity.status(HttpStatus.CREATED).body(converter.toCreated(views.brief(created)));
    }

    @PatchMapping({"/tickets/{id}", "/tickets/{id}/"})
    TicketUpdated update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody JsonNode body) {
        JsonBody fields = JsonBody.of(body, DrfFieldWording.INSTANCE);
        UpdateTicket.Builder update = UpdateTicket.builder()
                .title(fields.text("title"))
                .description(fields.text("description"))
                .status(fields.choice("status", ArctykVocabulary.STATUSES))
                .priority(fields.choice("priority", ArctykVocabulary.PRIORITIES))
                .projectId(fields.id("project"))
                .assigneeId(fields.id("assigned_to"))
                .dueDate(fields.date("due_date"));
        fields.validate();
        return converter.toUpdated(views.brief(updates.update(actor, id, update.build())));
    }

    @DeleteMapping({"/tickets/{id}", "/tickets/{id}/"})
    ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        archiving.archive(actor, id, null);
        return ResponseEntity.noContent().build();
    }
}
