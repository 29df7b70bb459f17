package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A comment on the agent side; {@code body} is the HTML as it was sent. */
public record CommentItem(
        long id,
        String body,
        @JsonProperty("is_public") boolean isPublic,
        @JsonProperty("from_agent") boolean fromAgent,
        String source,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("created_by") PersonRef createdBy,
        List<AttachmentRef> attachments) {}
