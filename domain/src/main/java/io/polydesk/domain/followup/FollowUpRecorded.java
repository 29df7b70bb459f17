package io.polydesk.domain.followup;

import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.comment.Comment;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.time.TimeEntry;
import java.util.List;

/** What a follow-up wrote: the comment, the ticket as it now is, the time entry (or null) and the files. */
public record FollowUpRecorded(Comment comment, Ticket ticket, TimeEntry timeEntry, List<Attachment> attachments) {}
