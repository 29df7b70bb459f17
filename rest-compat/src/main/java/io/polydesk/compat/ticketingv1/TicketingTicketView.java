package io.polydesk.compat.ticketingv1;

import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import java.util.List;
import java.util.Map;

/**
 * A ticket with everything its Ticketing shapes point at, loaded in batches before conversion. {@code assignee}
 * may be null; {@code comments} and {@code attachments} are empty where a shape does not show them.
 */
record TicketingTicketView(
        Ticket ticket,
        String status,
        String priority,
        User creator,
        User assignee,
        List<String> tags,
        Map<String, String> customFields,
        List<AuthoredComment> comments,
        List<Attachment> attachments) {

    /** A comment and its author, null for comments Polydesk wrote itself. */
    record AuthoredComment(Comment comment, User author) {}
}
