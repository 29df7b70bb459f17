package io.polydesk.compat.djangohelpdesk;

import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.comment.Comment;
import java.util.List;

/**
 * A comment as a django-helpdesk followup: its title (the ticket's, or what a followup call named), the status code
 * and time it recorded (known only in the answer to that call) and its files.
 */
record FollowUpView(Comment comment, String title, Integer newStatus, String timeSpent, List<Attachment> attachments) {}
