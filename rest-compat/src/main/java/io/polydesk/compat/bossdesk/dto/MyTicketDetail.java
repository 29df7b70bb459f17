package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /my/tickets/:friendly_id}: the requester's reduced view, without internal fields or comments. */
public record MyTicketDetail(
        long id,
        @JsonProperty("friendly_id") long friendlyId,
        String title,
        String description,
        String status,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("due_at") String dueAt,
        @JsonProperty("closed_at") String closedAt,
        TypeRef type,
        MyPersonRef agent,
        List<MyComment> comments,
        List<AttachmentRef> attachments) {}
