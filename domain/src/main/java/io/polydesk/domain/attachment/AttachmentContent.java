package io.polydesk.domain.attachment;

import java.io.InputStream;

/** An attachment the caller may read, with its bytes; the caller closes {@code content}. */
public record AttachmentContent(Attachment attachment, InputStream content) {}
