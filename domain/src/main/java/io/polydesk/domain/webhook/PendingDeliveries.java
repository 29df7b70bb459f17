package io.polydesk.domain.webhook;

import java.time.Instant;
import java.util.UUID;

/** New rows of the delivery log: a fresh message, or another send of one already logged. */
final class PendingDeliveries {

    private PendingDeliveries() {}

    static String newMessageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    static WebhookDelivery message(long endpointId, Long eventId, String type, String payload, Instant now) {
        return new WebhookDelivery(
                0,
                endpointId,
                eventId,
                type,
                newMessageId(),
                payload,
                DeliveryStatus.PENDING,
                0,
                now,
                null,
                null,
                null,
                now,
                now);
    }

    /** The same message (same {@code webhook-id} and body) queued again behind what the endpoint already has. */
    static WebhookDelivery again(WebhookDelivery original, Instant now) {
        return new WebhookDelivery(
                0,
                original.endpointId(),
                original.eventId(),
                original.eventType(),
                original.messageId(),
                original.payload(),
                DeliveryStatus.PENDING,
                0,
                now,
                null,
                null,
                null,
                now,
                now);
    }
}
