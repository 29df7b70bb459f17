package io.polydesk.compat.djangohelpdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** django-helpdesk's FollowUpAttachment serializer; {@code file} is the absolute download URL. */
public record FollowUpAttachmentBody(
        long id,
        Long followup,
        String file,
        String filename,
        @JsonProperty("mime_type") String mimeType,
        long size) {}
