package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A public comment as its requester sees it: no visibility or origin fields. */
public record MyComment(
        long id,
        String body,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("created_by") MyPersonRef createdBy,
        List<AttachmentRef> attachments) {}
