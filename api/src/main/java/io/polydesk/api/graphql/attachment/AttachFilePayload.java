package io.polydesk.api.graphql.attachment;

import io.polydesk.domain.attachment.Attachment;

/** The payload of {@code attachFile}: the attachment as now bound. */
public record AttachFilePayload(Attachment attachment) {}
