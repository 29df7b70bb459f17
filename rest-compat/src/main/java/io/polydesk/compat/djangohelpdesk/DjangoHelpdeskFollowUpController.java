package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.djangohelpdesk.dto.FollowUpBody;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.followup.FollowUp;
import io.polydesk.domain.followup.FollowUpRecorded;
import io.polydesk.domain.followup.TicketFollowUps;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.template.TemplateRenderer;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /followups/}: django-helpdesk's FollowUpViewSet, staff only. A POST runs the ticket-update flow (rename,
 * status, comment, time, files) as one domain write; PUT and PATCH edit the comment text only.
 */
@RestController
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskFollowUpController {

    /** How many followups the unpaged list answers at most. */
    static final int LIST_LIMIT = 10_000;

    private static final Map<String, String> FIELD_NAMES =
            Map.of("status", "new_status", "title", "title", "content", "comment", "minutes", "time_spent");

    private final TicketFollowUps followUps;
    private final CommentQueries comments;
    private final CommentService commentService;
    private final TicketQueries tickets;
    private final AttachmentQueries attachments;
    private final DjangoHelpdeskUploads uploads;
    private final DjangoHelpdeskTicketReader reader;
    private final DjangoHelpdeskBodies bodies;
    private final DjangoHelpdeskFollowUpConverter converter;

    DjangoHelpdeskFollowUpController(
            TicketFollowUps followUps,
            CommentQueries comments,
            CommentService commentService,
            TicketQueries tickets,
            AttachmentQueries attachments,
            DjangoHelpdeskUploads uploads,
            DjangoHelpdeskTicketReader reader,
            DjangoHelpdeskBodies bodies,
            DjangoHelpdeskFollowUpConverter converter) {
        this.followUps = followUps;
        this.comments = comments;
        this.commentService = commentService;
        this.tickets = tickets;
        this.attachments = attachments;
        this.uploads = uploads;
        this.reader = reader;
        this.bodies = bodies;
        this.converter = converter;
    }

    /** Unpaged, as the original viewset: every followup of every live ticket, by id (at most 10 000). */
    @GetMapping({"/followups/", "/followups.json", "/followups.json/"})
    List<FollowUpBody> list(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
        Actor.requireStaff(actor);
        return views(actor, comments.ofAllTickets(actor, 0, LIST_LIMIT), DownloadLinks.of(request));
    }

    @GetMapping({"/followups/{id}/", "/followups/{id}.json", "/followups/{id}.json/"})
    FollowUpBody get(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request) {
        Actor.requireStaff(actor);
        return views(actor, List.of(comments.get(actor, id)), DownloadLinks.of(request))
                .get(0);
    }

    @PostMapping({"/followups/", "/followups.json", "/followups.json/"})
    ResponseEntity<FollowUpBody> create(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
        Actor.requireStaff(actor);
        request.setAttribute(DjangoHelpdeskErrorAdvice.FIELD_NAMES, FIELD_NAMES);
        DrfFields fields = new DrfFields(bodies.read(request));
        Change<Long> ticketId = fields.pk("ticket");
        if (!fields.has("ticket")) {
            fields.reject("ticket", DrfFields.REQUIRED);
        } else if (ticketId.isPresent() && ticketId.value() == null) {
            fields.reject("ticket", DrfFields.NOT_NULL);
        }
        Change<String> title = fields.charField("title", false, DjangoHelpdeskTicketReader.TITLE_LENGTH);
        Change<String> comment = fields.text("comment");
        Change<Boolean> isPublic = fields.bool("public");
        Change<Integer> newStatus = fields.choice("new_status", DjangoHelpdeskVocabulary::isStatusCode, true);
        Integer minutes = timeSpent(fields);
        fields.validate();

        Ticket ticket = ticketOrInvalid(actor, ticketId.value(), fields);
        Integer status = newStatus.orElse(null);
        String shownTitle = title.orElse(null) == null ? ticket.title() : title.value();
        String followUpTitle =
                status == null ? shownTitle : shownTitle + " and " + DjangoHelpdeskVocabulary.statusLabel(status);
        // django-helpdesk renders the comment as a template with the ticket in its context.
        String text = comment.orElse(null) == null || comment.value().isBlank()
                ? followUpTitle
                : TemplateRenderer.render(
                        comment.value(), Map.of("ticket.title", ticket.title(), "ticket.number", ticket.number()));
        List<Long> files = uploads.store(actor, DjangoHelpdeskBodies.files(request, "attachments"));
        FollowUpRecorded recorded = followUps.record(
                actor,
                ticket.id(),
                new FollowUp(
                        text,
                        !Boolean.TRUE.equals(isPublic.orElse(false)),
                        title.orElse(null),
                        status == null
                                ? null
                                : reader.status(ticket, Change.to(status), Change.keep())
                                        .orElse(null),
                        minutes,
                        files));
        FollowUpView view = new FollowUpView(
                recorded.comment(),
                followUpTitle,
                status,
                recorded.timeEntry() == null
                        ? null
                        : Durations.format(recorded.timeEntry().minutes()),
                recorded.attachments());
        return ResponseEntity.status(HttpStatus.CREATED).body(converter.toFollowUp(view, DownloadLinks.of(request)));
    }

    @PutMapping({"/followups/{id}/", "/followups/{id}.json", "/followups/{id}.json/"})
    FollowUpBody replace(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request) {
        return edit(actor, id, request);
    }

    @PatchMapping({"/followups/{id}/", "/followups/{id}.json", "/followups/{id}.json/"})
    FollowUpBody patch(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request) {
        return edit(actor, id, request);
    }

    @DeleteMapping({"/followups/{id}/", "/followups/{id}.json", "/followups/{id}.json/"})
    ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        Actor.requireStaff(actor);
        commentService.delete(actor, null, comments.get(actor, id).id());
        return ResponseEntity.noContent().build();
    }

    private FollowUpBody edit(Actor actor, long id, HttpServletRequest request) {
        Actor.requireStaff(actor);
        request.setAttribute(DjangoHelpdeskErrorAdvice.FIELD_NAMES, FIELD_NAMES);
        Comment current = comments.get(actor, id);
        DrfFields fields = new DrfFields(bodies.read(request));
        Change<String> comment = fields.text("comment");
        fields.validate();
        if (comment.isPresent()) {
            commentService.edit(actor, null, current.id(), comment.value());
        }
        return get(actor, id, request);
    }

    /** {@code ticket} as DRF's related field refuses it: a ticket the caller cannot see does not exist. */
    private Ticket ticketOrInvalid(Actor actor, long id, DrfFields fields) {
        Ticket ticket = tickets.visibleByIds(actor, List.of(id)).get(id);
        if (ticket == null) {
            fields.reject("ticket", "Invalid pk \"" + id + "\" - object does not exist.");
            fields.validate();
        }
        return ticket;
    }

    /** {@code time_spent}: a Django duration, 0 (or none) for no time entry. */
    private static Integer timeSpent(DrfFields fields) {
        Change<String> text = fields.text("time_spent");
        if (!text.isPresent() || text.value() == null || text.value().isBlank()) {
            return null;
        }
        Integer minutes = Durations.minutes(text.value());
        if (minutes == null) {
            fields.reject("time_spent", Durations.WRONG_FORMAT);
            return null;
        }
        return minutes == 0 ? null : minutes;
    }

    private List<FollowUpBody> views(Actor actor, List<Comment> page, DownloadLinks links) {
        Map<Long, Ticket> ticketsById = tickets.visibleByIds(
                actor, page.stream().map(Comment::ticketId).distinct().toList());
        Map<Long, List<Attachment>> files =
                attachments.ofComments(actor, page.stream().map(Comment::id).toList());
        return page.stream()
                .map(c -> converter.toFollowUp(
                        new FollowUpView(
                                c,
                                ticketsById.containsKey(c.ticketId())
                                        ? ticketsById.get(c.ticketId()).title()
                                        : null,
                                null,
                                null,
                                files.getOrDefault(c.id(), List.of())),
                        links))
                .toList();
    }
}
