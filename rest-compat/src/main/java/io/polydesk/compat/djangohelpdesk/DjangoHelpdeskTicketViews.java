package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.djangohelpdesk.dto.FollowUpBody;
import io.polydesk.compat.djangohelpdesk.dto.PublicTicketBody;
import io.polydesk.compat.djangohelpdesk.dto.TicketBody;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.customfield.CustomFieldDefinition;
import io.polydesk.domain.customfield.CustomFieldService;
import io.polydesk.domain.customfield.CustomFieldValue;
import io.polydesk.domain.followup.FollowUpRecorded;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.ticketview.TicketFacet;
import io.polydesk.domain.ticketview.TicketFacetQueries;
import io.polydesk.domain.ticketview.TicketFacets;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import io.polydesk.domain.workflow.Status;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds django-helpdesk's ticket shapes for a whole page at once: one query each for the requesters and the
 * comments, one for their files with the custom-field values, and (for {@code user_tickets}) the queues. Never one
 * per ticket.
 */
@Component
@ConditionalOnDialect(DjangoHelpdeskDialect.NAME)
class DjangoHelpdeskTicketViews {

    /** How many followups a ticket shows at most; more than any ticket conversation has. */
    private static final int FOLLOWUPS_PER_TICKET = 10_000;

    private final TicketQueries tickets;
    private final UserQueries users;
    private final CommentQueries comments;
    private final TicketFacetQueries facets;
    private final CustomFieldService customFields;
    private final ProjectService projects;
    private final DjangoHelpdeskFollowUpConverter followUps;
    private final Clock clock;

    DjangoHelpdeskTicketViews(
            TicketQueries tickets,
            UserQueries users,
            CommentQueries comments,
            TicketFacetQueries facets,
            CustomFieldService customFields,
            ProjectService projects,
            DjangoHelpdeskFollowUpConverter followUps,
            Clock clock) {
        this.tickets = tickets;
        this.users = users;
        this.comments = comments;
        this.facets = facets;
        this.customFields = customFields;
        this.projects = projects;
        this.followUps = followUps;
        this.clock = clock;
    }

    TicketBody ticket(Actor actor, Ticket ticket, DownloadLinks links) {
        return tickets(actor, List.of(ticket), links).get(0);
    }

    /**
     * The answer to a create: the new ticket with its one opening followup, already known (so not read again), under
     * the title the create gave it.
     */
    TicketBody opened(Actor actor, FollowUpRecorded opened, String title, DownloadLinks links) {
        Ticket ticket = opened.ticket();
        return tickets(
                        actor,
                        List.of(ticket),
                        links,
                        Map.of(opened.comment().id(), title),
                        Map.of(ticket.id(), List.of(opened.comment())))
                .get(0);
    }

    List<TicketBody> tickets(Actor actor, List<Ticket> page, DownloadLinks links) {
        return tickets(actor, page, links, Map.of(), null);
    }

    /** {@code titles} names followups whose title the calling write knows; {@code known}, when given, is the conversation. */
    private List<TicketBody> tickets(
            Actor actor,
            List<Ticket> page,
            DownloadLinks links,
            Map<Long, String> titles,
            Map<Long, List<Comment>> known) {
        List<Long> ids = page.stream().map(Ticket::id).toList();
        Map<Long, User> requesters =
                users.byIds(page.stream().map(Ticket::requesterId).distinct().toList());
        Map<Long, List<Comment>> conversation =
                known != null ? known : comments.firstOfTickets(actor, ids, FOLLOWUPS_PER_TICKET);
        // The followups' files and the custom field values come from one statement.
        TicketFacets facets = this.facets.of(actor, ids, EnumSet.of(TicketFacet.FILES, TicketFacet.CUSTOM_FIELDS));
        Map<Long, List<Attachment>> files = ids.stream()
                .flatMap(id -> facets.filesOf(id).stream())
                .filter(a -> a.commentId() != null)
                .collect(Collectors.groupingBy(Attachment::commentId));
        List<CustomFieldDefinition> fields = customFields.ticketFields(actor);
        return page.stream()
                .map(t -> {
                    Status status = tickets.status(t);
                    User requester = requesters.get(t.requesterId());
                    List<FollowUpBody> followups = conversation.getOrDefault(t.id(), List.of()).stream()
                            .map(c -> followUps.toFollowUp(
                                    new FollowUpView(
                                            c,
                                            titles.getOrDefault(c.id(), t.title()),
                                            null,
                                            null,
                                            files.getOrDefault(c.id(), List.of())),
                                    links))
                            .toList();
                    return new TicketBody(
                            t.id(),
                            t.projectId(),
                            t.title(),
                            t.description(),
                            t.resolution(),
                            requester == null ? "" : requester.email(),
                            t.assigneeId(),
                            DjangoHelpdeskVocabulary.statusCode(status.key()),
                            t.onHold(),
                            DjangoHelpdeskVocabulary.priorityCode(
                                    tickets.priority(t).key()),
                            dueDate(t.dueDate()),
                            null,
                            followups,
                            DjangoHelpdeskCustomFields.keys(fields, facets.customFieldsOf(t.id())));
                })
                .toList();
    }

    List<PublicTicketBody> publicTickets(Actor actor, List<Ticket> page) {
        List<Long> ids = page.stream().map(Ticket::id).toList();
        Map<Long, User> requesters =
                users.byIds(page.stream().map(Ticket::requesterId).distinct().toList());
        Map<Long, Project> queues = projects.byIds(page.stream()
                .map(Ticket::projectId)
                .filter(id -> id != null)
                .distinct()
                .toList());
        List<CustomFieldDefinition> fields = customFields.ticketFields(actor);
        Map<Long, List<CustomFieldValue>> values = tickets.customFieldsOf(ids);
        return page.stream()
                .map(t -> {
                    Project queue = t.projectId() == null ? null : queues.get(t.projectId());
                    User requester = requesters.get(t.requesterId());
                    return new PublicTicketBody(
                            t.id() + " [" + slug(queue) + "-" + t.id() + "]",
                            t.id(),
                            t.title(),
                            new PublicTicketBody.QueueRef(queue == null ? null : queue.name(), t.projectId()),
                            statusDisplay(t),
                            Humanized.since(t.createdAt(), clock.instant()),
                            t.dueDate() == null ? null : Humanized.day(t.dueDate(), LocalDate.now(clock)),
                            requester == null ? "" : requester.email(),
                            "",
                            secretKey(t),
                            DjangoHelpdeskCustomFields.keys(fields, values.getOrDefault(t.id(), List.of())));
                })
                .toList();
    }

    private String statusDisplay(Ticket t) {
        int code = DjangoHelpdeskVocabulary.statusCode(tickets.status(t).key());
        String label = DjangoHelpdeskVocabulary.statusLabel(code);
        return t.onHold() ? label + " - On Hold" : label;
    }

    /** Django's {@code queue.slug}: Polydesk projects have names only, so the slug is made from the name. */
    static String slug(Project queue) {
        if (queue == null) {
            return "";
        }
        String slug = queue.name().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "q" + queue.id() : slug;
    }

    /** A stable UUID per ticket: Polydesk has no secret keys, and this one unlocks nothing. */
    private static String secretKey(Ticket t) {
        return UUID.nameUUIDFromBytes(("polydesk-ticket-" + t.id() + "-" + t.number()).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static String dueDate(LocalDate day) {
        return day == null ? null : day + "T00:00:00Z";
    }
}
