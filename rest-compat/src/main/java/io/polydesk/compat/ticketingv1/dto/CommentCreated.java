package io.polydesk.compat.ticketingv1.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** What {@code POST /tickets/{id}/comments} answers: the comment with the files sent along with it. */
public record CommentCreated(
        String id,
        String content,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("created_by") PersonRef createdBy,
        @JsonProperty("is_internal") boolean internal,
        List<AttachmentItem> attachments) {}
