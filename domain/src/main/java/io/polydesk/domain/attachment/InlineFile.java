package io.polydesk.domain.attachment;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A file sent inside the body of a write (base64 in JSON, as some dialects send files), opened only once the
 * write itself has passed its rules.
 *
 * @param declaredType the client's content type, may be null; {@link AttachmentService#upload} decides what is kept
 */
public record InlineFile(String fileName, String declaredType, Supplier<InputStream> content) {}
