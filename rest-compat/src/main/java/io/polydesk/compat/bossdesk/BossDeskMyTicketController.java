package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.MyComment;
import io.polydesk.compat.bossdesk.dto.MyTicketDetail;
import io.polydesk.compat.bossdesk.dto.MyTicketItem;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.JsonBody;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Change;
import io.polydesk.domain.ticket.CreateTicket;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketCreation;
import io.polydesk.domain.ticket.TicketReopening;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.workflow.Workflow;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The end-user side, {@code /my/tickets}: the caller's own tickets as the domain defines them
 * ({@code TicketPolicy.isOwn}: requested by the caller, whatever their role), in the reduced shapes without internal
 * comments or internal fields.
 */
@RestController
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskMyTicketController {

    static final Set<String> ATTRIBUTES =
            Set.of("status", "title_or_description", "created_at", "updated_at", "due_at");

    private static final String USER_PORTAL = "user_portal";

    private final BossDeskTickets tickets;
    private final BossDeskTicketLister lister;
    private final BossDeskMyTicketViews views;
    private final TicketCreation creation;
    private final TicketReopening reopening;
    private final CommentService comments;
    private final UserQueries users;
    private final Workflow workflow;

    BossDeskMyTicketController(
            BossDeskTickets tickets,
            BossDeskTicketLister lister,
            BossDeskMyTicketViews views,
            TicketCreation creation,
            TicketReopening reopening,
            CommentService comments,
            UserQueries users,
            Workflow workflow) {
        this.tickets = tickets;
        this.lister = lister;
        this.views = views;
        this.creation = creation;
        this.reopening = reopening;
        this.comments = comments;
        this.users = users;
        this.workflow = workflow;
    }

    @GetMapping("/my/tickets")
    List<MyTicketItem> list(@AuthenticationPrincipal Actor actor, @RequestParam MultiValueMap<String, String> params) {
        Actor.require(actor);
        Ransack q = Ransack.parse(params, ATTRIBUTES);
        BossDeskTicketSearch.Search search = BossDeskTicketSearch.of(q, workflow, true);
        return views.myItems(lister.page(actor, search, BossDeskPaging.of(params)));
    }

    @GetMapping("/my/tickets/{friendlyId}")
    MyTicketDetail get(@AuthenticationPrincipal Actor actor, @PathVariable long friendlyId) {
        return views.myDetail(actor, own(actor, friendlyId));
    }

    /** A customer files for themselves; the type they name is applied only for staff, who may classify tickets. */
    @PostMapping("/my/tickets")
    ResponseEntity<MyTicketDetail> create(
            @AuthenticationPrincipal Actor actor, @RequestBody(required = false) JsonNode body) {
        Actor.require(actor);
        JsonBody fields = BossDeskParams.require(body, BossDeskTicketInput.KEY);
        Change<String> title = fields.text("title");
        Change<String> description = fields.text("description");
        Change<Long> type = fields.id("type_id");
        if (title.value() == null || title.value().isBlank()) {
            fields.reject("title", BossDeskErrors.BLANK);
        }
        fields.validate();
        Ticket created = creation.create(
                actor,
                CreateTicket.builder()
                        .title(title.value())
                        .description(description.value())
                        .typeId(actor.isStaff() ? type.value() : null)
                        .source(USER_PORTAL)
                        .build());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.myDetail(actor, created));
    }

    @PostMapping("/my/tickets/{friendlyId}/comments")
    ResponseEntity<MyComment> comment(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @RequestBody(required = false) JsonNode body) {
        Ticket ticket = own(actor, friendlyId);
        JsonBody fields = BossDeskParams.require(body, "comment");
        Change<String> text = fields.text("body");
        if (text.value() == null || text.value().isBlank()) {
            fields.reject("body", BossDeskErrors.BLANK);
        }
        fields.validate();
        Comment added = comments.add(actor, ticket.id(), text.value(), false);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(views.myComment(added, users.byIds(List.of(actor.userId())), List.of()));
    }

    @PatchMapping("/my/tickets/{friendlyId}/reopen")
    MyTicketDetail reopen(@AuthenticationPrincipal Actor actor, @PathVariable long friendlyId) {
        Ticket ticket = own(actor, friendlyId);
        return views.myDetail(actor, BossDeskTicketController.asBase(() -> reopening.reopen(actor, ticket.id(), null)));
    }

    private Ticket own(Actor actor, long friendlyId) {
        return tickets.ownByFriendlyId(actor, friendlyId);
    }
}
