package io.polydesk.compat.arctyk;

import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.project.Project;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import java.util.List;

/**
 * A ticket with everything its Arctyk shapes point at, loaded in batches before conversion.
 * {@code assignee} and {@code project} may be null; so may the rest where a shape does not need them, and
 * {@code attachments} is empty there.
 */
record ArctykTicketView(
        Ticket ticket,
        Status status,
        Priority priority,
        User requester,
        User assignee,
        Project project,
        long commentsCount,
        List<Attachment> attachments) {}
