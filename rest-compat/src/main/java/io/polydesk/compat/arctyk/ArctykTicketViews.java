package io.polydesk.compat.arctyk;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.project.ProjectService;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Loads what Arctyk's ticket shapes point at for a whole batch of tickets: one query for the people, and for
 * the detail one each for the project, the comment count and the attachments. Never a query per ticket.
 */
@Component
@ConditionalOnDialect(ArctykDialect.NAME)
class ArctykTicketViews {

    private final TicketQueries tickets;
    private final UserQueries users;
    private final ProjectService projects;
    private final CommentQueries comments;
    private final AttachmentQueries attachments;

    ArctykTicketViews(
            TicketQueries tickets,
            UserQueries users,
            ProjectService projects,
            CommentQueries comments,
            AttachmentQueries attachments) {
        this.tickets = tickets;
        this.users = users;
        this.projects = projects;
        this.comments = comments;
        this.attachments = attachments;
    }

    /** Status, priority and people: enough for list rows. */
    List<ArctykTicketView> summaries(Actor actor, List<Ticket> page) {
        Map<Long, User> people = people(actor, page);
        return page.stream()
                .map(t -> new ArctykTicketView(
                        t,
                        tickets.status(t),
                        tickets.priority(t),
                        people.get(t.requesterId()),
                        person(people, t.assigneeId()),
                        null,
                        0,
                        List.of()))
                .toList();
    }

    /**
     * Everything the detail shows, with comments counted as the caller may see them, and the files of the ticket
     * and of those comments (files of internal comments for staff only), as GraphQL's {@code Ticket.attachments}.
     */
    ArctykTicketView detail(Actor actor, Ticket ticket) {
        Map<Long, User> people = people(actor, List.of(ticket));
        Map<Long, Project> project =
                ticket.projectId() == null ? Map.of() : projects.byIds(List.of(ticket.projectId()));
        long count = comments.countOfTickets(actor, List.of(ticket.id())).getOrDefault(ticket.id(), 0L);
        return new ArctykTicketView(
                ticket,
                tickets.status(ticket),
                tickets.priority(ticket),
                people.get(ticket.requesterId()),
                person(people, ticket.assigneeId()),
                ticket.projectId() == null ? null : project.get(ticket.projectId()),
                count,
                attachments.ofTickets(actor, List.of(ticket.id())).getOrDefault(ticket.id(), List.of()));
    }

    /** Status and priority only: what the create and update answers show. */
    ArctykTicketView brief(Ticket ticket) {
        return new ArctykTicketView(
                ticket, tickets.status(ticket), tickets.priority(ticket), null, null, null, 0, List.of());
    }

    private Map<Long, User> people(Actor actor, List<Ticket> page) {
        Set<Long> ids = new HashSet<>();
        for (Ticket t : page) {
            ids.add(t.requesterId());
            if (t.assigneeId() != null) {
                ids.add(t.assigneeId());
            }
        }
        return users.byIds(actor, ids);
    }

    private static User person(Map<Long, User> people, Long id) {
        return id == null ? null : people.get(id);
    }
}
