package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.MyComment;
import io.polydesk.compat.bossdesk.dto.MyTicketDetail;
import io.polydesk.compat.bossdesk.dto.MyTicketItem;
import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentQueries;
import io.polydesk.domain.catalog.CatalogQueries;
import io.polydesk.domain.catalog.TicketType;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.comment.CommentQueries;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.ticket.TicketQueries;
import io.polydesk.domain.user.User;
import io.polydesk.domain.user.UserQueries;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The end-user side's reduced ticket shapes: no internal comments, no internal fields. */
@Component
@ConditionalOnDialect(BossDeskDialect.NAME)
class BossDeskMyTicketViews {

    private final TicketQueries tickets;
    private final UserQueries users;
    private final CatalogQueries catalog;
    private final CommentQueries comments;
    private final AttachmentQueries attachments;

    BossDeskMyTicketViews(
            TicketQueries tickets,
            UserQueries users,
            CatalogQueries catalog,
            CommentQueries comments,
            AttachmentQueries attachments) {
        this.tickets = tickets;
        this.users = users;
        this.catalog = catalog;
        this.comments = comments;
        this.attachments = attachments;
    }

    List<MyTicketItem> myItems(List<Ticket> page) {
        Map<Long, User> persons = users.byIds(BossDeskTicketViews.ids(page, Ticket::assigneeId));
        Map<Long, TicketType> types = catalog.ticketTypesByIds(BossDeskTicketViews.ids(page, Ticket::typeId));
        return page.stream()
                .map(t -> new MyTicketItem(
                        t.id(),
                        BossDeskTicketViews.friendlyId(t),
                        t.title(),
                        BossDeskStatuses.forRequester(tickets.status(t)),
                        BossDeskFormats.time(t.dueDate()),
                        BossDeskTicketViews.type(types, t.typeId()),
                        BossDeskTicketViews.myRef(persons, t.assigneeId())))
                .toList();
    }

    /** The requester's view of the caller's own ticket: the public comments the domain gives, whoever asks. */
    MyTicketDetail myDetail(Actor actor, Ticket t) {
        List<Comment> visible = comments.ofOwnTicket(actor, t);
        Set<Long> personIds = new HashSet<>(BossDeskTicketViews.ids(List.of(t), Ticket::assigneeId));
        visible.stream().map(Comment::authorId).filter(Objects::nonNull).forEach(personIds::add);
        Map<Long, User> persons = users.byIds(actor, personIds);
        Map<Long, List<Attachment>> commentFiles =
                attachments.ofComments(actor, visible.stream().map(Comment::id).toList());
        Map<Long, TicketType> types = catalog.ticketTypesByIds(BossDeskTicketViews.ids(List.of(t), Ticket::typeId));
        return new MyTicketDetail(
                t.id(),
                BossDeskTicketViews.friendlyId(t),
                t.title(),
                t.description(),
                BossDeskStatuses.forRequester(tickets.status(t)),
                BossDeskFormats.time(t.createdAt()),
                BossDeskFormats.time(t.updatedAt()),
                BossDeskFormats.time(t.dueDate()),
                BossDeskFormats.time(t.closedAt()),
                BossDeskTicketViews.type(types, t.typeId()),
                BossDeskTicketViews.myRef(persons, t.assigneeId()),
                visible.stream()
                        .map(c -> myComment(c, persons, commentFiles.getOrDefault(c.id(), List.of())))
                        .toList(),
                attachments.ofTickets(actor, List.of(t.id())).getOrDefault(t.id(), List.of()).stream()
                        .filter(a -> a.commentId() == null)
                        .map(BossDeskTicketViews::attachment)
                        .toList());
    }

    MyComment myComment(Comment c, Map<Long, User> persons, List<Attachment> files) {
        return new MyComment(
                c.id(),
                c.content(),
                BossDeskFormats.time(c.createdAt()),
                BossDeskTicketViews.myRef(persons, c.authorId()),
                files.stream().map(BossDeskTicketViews::attachment).toList());
    }
}
