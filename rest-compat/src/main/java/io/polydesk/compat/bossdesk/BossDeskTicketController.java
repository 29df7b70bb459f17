package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.TicketDetail;
import io.polydesk.compat.bossdesk.dto.TicketListItem;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.ErrorCode;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketClosing;
import io.polydesk.domain.ticket.TicketCreation;
import io.polydesk.domain.ticket.TicketReopening;
import io.polydesk.domain.ticket.TicketUpdates;
import io.polydesk.domain.workflow.Workflow;
import java.util.List;
import java.util.function.Supplier;
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
 * The agent side's tickets, addressed by {@code friendly_id}: list, detail, create, update (204), close and reopen.
 * It is for agents and administrators; customers use {@code /my/tickets}.
 */
@RestController
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskTicketController {

    private final BossDeskTickets tickets;
    private final BossDeskTicketLister lister;
    private final BossDeskTicketViews views;
    private final BossDeskTicketInput input;
    private final TicketCreation creation;
    private final TicketUpdates updates;
    private final TicketReopening reopening;
    private final TicketClosing closing;
    private final Workflow workflow;

    BossDeskTicketController(
            BossDeskTickets tickets,
            BossDeskTicketLister lister,
            BossDeskTicketViews views,
            BossDeskTicketInput input,
            TicketCreation creation,
            TicketUpdates updates,
            TicketReopening reopening,
            TicketClosing closing,
            Workflow workflow) {
        this.tickets = tickets;
        this.lister = lister;
        this.views = views;
        this.input = input;
        this.creation = creation;
        this.updates = updates;
        this.reopening = reopening;
        this.closing = closing;
        this.workflow = workflow;
    }

    @GetMapping("/tickets")
    List<TicketListItem> list(
            @AuthenticationPrincipal Actor actor, @RequestParam MultiValueMap<String, String> params) {
        Actor.requireStaff(actor);
        Ransack q = Ransack.parse(params, BossDeskTicketSearch.ATTRIBUTES);
        return views.items(lister.page(actor, BossDeskTicketSearch.of(q, workflow, false), BossDeskPaging.of(params)));
    }

    @GetMapping("/tickets/{friendlyId}")
    TicketDetail get(@AuthenticationPrincipal Actor actor, @PathVariable long friendlyId) {
        Actor.requireStaff(actor);
        return views.detail(actor, tickets.byFriendlyId(actor, friendlyId));
    }

    @PostMapping("/tickets")
    ResponseEntity<TicketDetail> create(
            @AuthenticationPrincipal Actor actor, @RequestBody(required = false) JsonNode body) {
        Actor.requireStaff(actor);
        Ticket created = creation.create(actor, input.create(actor, body));
        return ResponseEntity.status(HttpStatus.CREATED).body(views.detail(actor, created));
    }

    @PatchMapping("/tickets/{friendlyId}")
    ResponseEntity<Void> update(
            @AuthenticationPrincipal Actor actor,
            @PathVariable long friendlyId,
            @RequestBody(required = false) JsonNode body) {
        Actor.requireStaff(actor);
        Ticket ticket = tickets.byFriendlyId(actor, friendlyId);
        updates.update(actor, ticket.id(), input.update(actor, body));
        return ResponseEntity.noContent().build();
    }

    @PatchMapping("/tickets/{friendlyId}/close")
    TicketDetail close(@AuthenticationPrincipal Actor actor, @PathVariable long friendlyId) {
        Actor.requireStaff(actor);
        Ticket ticket = tickets.byFriendlyId(actor, friendlyId);
        Ticket closed = asBase(() -> closing.close(actor, ticket.id()));
        return views.detail(actor, closed);
    }

    @PatchMapping("/tickets/{friendlyId}/reopen")
    TicketDetail reopen(@AuthenticationPrincipal Actor actor, @PathVariable long friendlyId) {
        Actor.requireStaff(actor);
        Ticket ticket = tickets.byFriendlyId(actor, friendlyId);
        return views.detail(actor, asBase(() -> reopening.reopen(actor, ticket.id(), null)));
    }

    /** A state change the workflow refuses is about the ticket as a whole: Rails reports it under {@code base}. */
    static Ticket asBase(Supplier<Ticket> change) {
        try {
            return change.get();
        } catch (DomainException e) {
            if (e.code() != ErrorCode.INVALID) {
                throw e;
            }
            throw DomainException.invalid(
                    "base",
                    e.details().isEmpty() ? e.getMessage() : e.details().get(0).message());
        }
    }
}
