package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /tickets/:friendly_id}, and the answer of create, close and reopen. Problems, changes and approval
 * requests do not exist in Polydesk: always null, null and empty.
 */
public record TicketDetail(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        String title,
        String description,
        String status,
        String source,
        @JsonProperty("custom_fields") Map<String, Object> customFields,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("due_at") String dueAt,
        @JsonProperty("closed_at") String closedAt,
        @JsonProperty("lock_version") int lockVersion,
        TypeRef type,
        PriorityRef priority,
        CategoryRef category,
        PersonRef agent,
        NamedRef team,
        @JsonProperty("extended_status") NamedRef extendedStatus,
        RequesterRef requester,
        List<CommentItem> comments,
        List<NamedRef> tags,
        List<AttachmentRef> attachments,
        @JsonProperty("time_entries") List<TimeEntryItem> timeEntries,
        List<TaskItem> tasks,
        Object problem,
        Object change,
        @JsonProperty("approval_requests") List<Object> approvalRequests,
        List<CiRef> cis) {}
