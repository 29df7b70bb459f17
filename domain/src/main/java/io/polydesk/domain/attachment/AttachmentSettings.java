package io.polydesk.domain.attachment;

import java.time.Duration;

/**
 * The installation's limits for attachments.
 *
 * @param maxSize the largest file accepted, in bytes
 * @param pendingLifetime how long an upload may stay unbound before it is purged
 * @param maxPendingBytes how many bytes of unbound uploads one user may hold at once
 */
public record AttachmentSettings(long maxSize, Duration pendingLifetime, long maxPendingBytes) {

    public AttachmentSettings {
        if (maxSize <= 0) {
            throw new IllegalArgumentException("maxSize must be positive");
        }
        if (maxPendingBytes <= 0) {
            throw new IllegalArgumentException("maxPendingBytes must be positive");
        }
        if (pendingLifetime == null || pendingLifetime.isNegative() || pendingLifetime.isZero()) {
            throw new IllegalArgumentException("pendingLifetime must be positive");
        }
    }
}
