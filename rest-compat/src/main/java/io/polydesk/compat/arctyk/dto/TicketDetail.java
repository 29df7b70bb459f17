package io.polydesk.compat.arctyk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /tickets/<id>/}, with the files of the ticket and of the comments the caller can see. */
public record TicketDetail(
        long id,
        @JsonProperty("ticket_number") String ticketNumber,
        String title,
        String description,
        String status,
        @JsonProperty("status_category") String statusCategory,
        String priority,
        UserRef requester,
        @JsonProperty("assigned_to") UserRef assignedTo,
        ProjectRef project,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("due_date") String dueDate,
        @JsonProperty("comments_count") long commentsCount,
        List<AttachmentItem> attachments) {}
