package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.compat.ticketingv1.dto.DataEnvelope;
import io.polydesk.compat.ticketingv1.dto.PageEnvelope;
import io.polydesk.compat.ticketingv1.dto.TicketDetail;
import io.polydesk.compat.ticketingv1.dto.TicketItem;
import io.polydesk.compat.ticketingv1.dto.TicketWritten;
import io.polydesk.domain.attachment.AttachmentSettings;
import io.polydesk.domain.attachment.InlineAttachments;
import io.polydesk.domain.attachment.InlineFile;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.FieldError;
import io.polydesk.domain.shared.Page;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketArchiving;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticket.TicketUpdates;
import io.polydesk.domain.ticket.UpdateTicket;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
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

/** The document's ticket endpoints: list, detail, create (with inline files), partial update and delete. */
@RestController
@ConditionalOnDialect(TicketingV1Dialect.NAME)
class TicketingTicketController {

    private final InlineAttachments creation;
    private final TicketUpdates updates;
    private final TicketArchiving archiving;
    private final TicketQueries queries;
    private final TicketingTicketViews views;
    private final TicketingConverter converter;
    private final TicketingV1Dialect dialect;
    private final AttachmentSettings attachmentSettings;

    TicketingTicketController(
            InlineAttachments creation,
            TicketUpdates updates,
            TicketArchiving archiving,
            TicketQueries queries,
            TicketingTicketViews views,
            TicketingConverter converter,
            TicketingV1Dialect dialect,
            AttachmentSettings attachmentSettings) {
        this.creation = creation;
        this.updates = updates;
        this.archiving = archiving;
        this.queries = queries;
        this.views = views;
        this.converter = converter;
        this.dialect = dialect;
        this.attachmentSettings = attachmentSettings;
    }

    @GetMapping("/tickets")
    PageEnvelope<TicketItem> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        TicketingTicketListQuery query = TicketingTicketListQuery.parse(params);
        Page<Ticket> page = queries.page(actor, query.filter(), query.order(), query.page());
        List<TicketItem> rows =
                views.rows(page.items()).stream().map(converter::toItem).toList();
        return TicketingPaging.envelope(request, dialect.link(request, "/tickets"), page, rows);
    }

    @GetMapping("/tickets/{id}")
    DataEnvelope<TicketDetail> get(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        Ticket ticket = queries.get(actor, TicketingIds.parse("Ticket", id));
        return new DataEnvelope<>(converter.toDetail(views.detail(actor, ticket)));
    }

    @PostMapping("/tickets")
    ResponseEntity<DataEnvelope<TicketWritten>> create(
            @AuthenticationPrincipal Actor actor, @RequestBody JsonNode body, HttpServletRequest request) {
        JsonBody fields = JsonBody.of(body, TicketingWording.INSTANCE);
        var title = fields.text("title");
        var description = fields.text("description");
        var priority = TicketingFields.choice(fields, "priority", TicketingVocabulary.PRIORITIES);
        var assignedTo = fields.id("assigned_to");
        var tags = TicketingFields.tags(body, fields);
        var customFields = TicketingFields.customFields(body, fields, false);
        TicketingInlineFiles inline = TicketingInlineFiles.read(body, fields);
        fields.validate();
        List<FieldError> invalid = inline.invalid();
        if (!invalid.isEmpty()) {
            throw DomainException.invalid(invalid);
        }
        List<InlineFile> files = inline.files(attachmentSettings.maxSize());
        CreateTicket command = CreateTicket.builder()
                .title(title.value())
                .description(description.value())
                .priority(priority.value())
                .assigneeId(assignedTo.value())
                .tags(tags.value())
                .customFields(customFields.value())
                .build();
        Ticket created = creation.createTicket(actor, command, files);
        return ResponseEntity.created(URI.create(dialect.link(request, "/tickets/" + created.id())))
                .body(new DataEnvelope<>(converter.toWritten(views.row(actor, created))));
    }

    @PatchMapping("/tickets/{id}")
    DataEnvelope<TicketWritten> update(
            @AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestBody JsonNode body) {
        long ticketId = TicketingIds.parse("Ticket", id);
        JsonBody fields = JsonBody.of(body, TicketingWording.INSTANCE);
        UpdateTicket.Builder update = UpdateTicket.builder()
                .title(fields.text("title"))
                .description(fields.text("description"))
                .status(TicketingFields.choice(fields, "status", TicketingVocabulary.STATUSES))
                .priority(TicketingFields.choice(fields, "priority", TicketingVocabulary.PRIORITIES))
                .assigneeId(fields.id("assigned_to"))
                .tags(TicketingFields.tags(body, fields))
                .customFields(TicketingFields.customFields(body, fields, true));
        fields.validate();
        Ticket updated = updates.update(actor, ticketId, update.build());
        return new DataEnvelope<>(converter.toWritten(views.row(actor, updated)));
    }

    @DeleteMapping("/tickets/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        archiving.archive(actor, TicketingIds.parse("Ticket", id), null);
        return ResponseEntity.noContent().build();
    }
}
