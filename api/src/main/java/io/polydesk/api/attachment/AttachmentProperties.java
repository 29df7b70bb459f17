package io.polydesk.api.attachment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Attachment settings under {@code polydesk.attachments}. The servlet's multipart limits in
 * {@code application.yml} follow {@code max-size}, so an oversized upload is refused while it streams in.
 *
 * @param maxSize the largest file accepted
 * @param pendingLifetime how long an upload may stay unbound before it is purged with its file
 * @param purgeInterval how often expired pending uploads are looked for
 * @param maxPendingPerUser how much one user may have uploaded and not yet attached at once
 */
@ConfigurationProperties("polydesk.attachments")
public record AttachmentProperties(
        @DefaultValue("25MB") DataSize maxSize,
        @DefaultValue("24h") Duration pendingLifetime,
        @DefaultValue("1h") Duration purgeInterval,
        @DefaultValue("200MB") DataSize maxPendingPerUser) {}
