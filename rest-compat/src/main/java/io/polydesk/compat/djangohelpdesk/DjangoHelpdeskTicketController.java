package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.djangohelpdesk.dto.TicketBody;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.drf.DrfPage;
import io.polydesk.domain.followup.FollowUpRecorded;
import io.polydesk.domain.followup.TicketFollowUps;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.shared.Page;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketArchiving;
import io.polydesk.domain.ticket.TicketFilter;
import io.polydesk.domain.ticket.TicketOrder;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticket.TicketUpdates;
import io.polydesk.domain.user.RequesterRegistration;
import io.polydesk.domain.user.UserQueries;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /tickets/}: django-helpdesk's TicketViewSet, for staff only (DRF's {@code IsAdminUser}). */
@RestController
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskTicketController {

    static final TicketOrder BY_ID = new TicketOrder(TicketOrder.Field.ID, false);

    private final TicketFollowUps followUps;
    private final UserQueries users;
    private final TicketUpdates updates;
    private final TicketArchiving archiving;
    private final TicketQueries queries;
    private final DjangoHelpdeskUploads uploads;
    private final RequesterRegistration requesters;
    private final DjangoHelpdeskTicketReader reader;
    private final DjangoHelpdeskTicketViews views;
    private final DjangoHelpdeskBodies bodies;
    private final TransactionTemplate transaction;

    DjangoHelpdeskTicketController(
            TicketFollowUps followUps,
            UserQueries users,
            TicketUpdates updates,
            TicketArchiving archiving,
            TicketQueries queries,
            DjangoHelpdeskUploads uploads,
            RequesterRegistration requesters,
            DjangoHelpdeskTicketReader reader,
            DjangoHelpdeskTicketViews views,
            DjangoHelpdeskBodies bodies,
            TransactionTemplate transaction) {
        this.followUps = followUps;
        this.users = users;
        this.updates = updates;
        this.archiving = archiving;
        this.queries = queries;
        this.uploads = uploads;
        this.requesters = requesters;
        this.reader = reader;
        this.views = views;
        this.bodies = bodies;
        this.transaction = transaction;
    }

    @GetMapping({"/tickets/", "/tickets.json", "/tickets.json/"})
    DrfPage<TicketBody> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        Actor.requireStaff(actor);
        List<String> statuses = statusFilter(params.getFirst("status"));
        TicketFilter filter = TicketFilter.builder().statuses(statuses).build();
        boolean nothing = statuses != null && statuses.isEmpty();
        DownloadLinks links = DownloadLinks.of(request);
        return DjangoHelpdeskPaging.page(
                request,
                params,
                size -> load(actor, filter, nothing, new OffsetPage(1, size)),
                page -> load(actor, filter, nothing, page),
                page -> views.tickets(actor, page, links));
    }

    @GetMapping({"/tickets/{id}/", "/tickets/{id}.json", "/tickets/{id}.json/"})
    TicketBody get(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request) {
        Actor.requireStaff(actor);
        return views.ticket(actor, queries.get(actor, id), DownloadLinks.of(request));
    }

    /**
     * django-helpdesk's create: the ticket opens with one public followup by the caller carrying the description
     * and the multipart {@code attachment}, titled {@code Ticket Opened} (with {@code & Assigned to <username>}).
     */
    @PostMapping({"/tickets/", "/tickets.json", "/tickets.json/"})
    ResponseEntity<TicketBody> create(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
        Actor.requireStaff(actor);
        DjangoHelpdeskTicketReader.Draft draft = reader.create(actor, bodies.read(request));
        List<Long> files = uploads.store(actor, DjangoHelpdeskBodies.files(request, "attachment"));
        FollowUpRecorded opened = transaction.execute(status -> {
            if (draft.submitterEmail() != null) {
                draft.ticket()
                        .requesterId(requesters
                                .findOrRegister(actor, draft.submitterEmail(), "requesterId")
                                .id());
            }
            return followUps.open(actor, draft.ticket().build(), files);
        });
        Ticket ticket = opened.ticket();
        String title = DjangoHelpdeskVocabulary.openingTitle(
                ticket.assigneeId() == null
                        ? null
                        : users.byIds(actor, List.of(ticket.assigneeId()))
                                .get(ticket.assigneeId())
                                .username());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(views.opened(actor, opened, title, DownloadLinks.of(request)));
    }

    @PutMapping({"/tickets/{id}/", "/tickets/{id}.json", "/tickets/{id}.json/"})
    TicketBody replace(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request) {
        return update(actor, id, request, true);
    }

    @PatchMapping({"/tickets/{id}/", "/tickets/{id}.json", "/tickets/{id}.json/"})
    TicketBody patch(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletRequest request) {
        return update(actor, id, request, false);
    }

    @DeleteMapping({"/tickets/{id}/", "/tickets/{id}.json", "/tickets/{id}.json/"})
    ResponseEntity<Void> delete(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        Actor.requireStaff(actor);
        archiving.archive(actor, id, null);
        return ResponseEntity.noContent().build();
    }

    private TicketBody update(Actor actor, long id, HttpServletRequest request, boolean full) {
        Actor.requireStaff(actor);
        Ticket current = queries.get(actor, id);
        var command = reader.update(actor, current, bodies.read(request), full);
        Ticket updated = updates.update(actor, id, command);
        return views.ticket(actor, updated, DownloadLinks.of(request));
    }

    private Page<Ticket> load(Actor actor, TicketFilter filter, boolean nothing, OffsetPage page) {
        return nothing ? new Page<>(List.of(), 0, page) : queries.page(actor, filter, BY_ID, page);
    }

    /**
     * {@code status=1,3}: the Polydesk statuses those codes stand for (empty: match nothing); null, no filter, when
     * absent or when a part is not a number, as django-helpdesk then drops the filter.
     */
    static List<String> statusFilter(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (String part : status.split(",")) {
            try {
                keys.addAll(DjangoHelpdeskVocabulary.statusKeys(Integer.parseInt(part.strip())));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return keys;
    }
}
