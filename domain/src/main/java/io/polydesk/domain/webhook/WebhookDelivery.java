package io.polydesk.domain.webhook;

import java.time.Instant;

/**
 * One message on its way to one endpoint, and its log: how often it was tried and what the receiver last said.
 *
 * @param eventId the outbox event it carries, or null for a test message
 * @param messageId the {@code webhook-id} header, the same for every attempt and replay of this message
 * @param nextAttemptAt when it is due (or, while an attempt runs, when that attempt counts as lost)
 */
public record WebhookDelivery(
        long id,
        long endpointId,
        Long eventId,
        String eventType,
        String messageId,
        String payload,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Integer lastResponseCode,
        String lastError,
        Instant createdAt,
        Instant updatedAt) {}
