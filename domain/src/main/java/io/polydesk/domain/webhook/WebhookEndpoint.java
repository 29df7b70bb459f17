package io.polydesk.domain.webhook;

import java.time.Instant;
import java.util.List;

/**
 * Where an administrator wants events sent. The secret is not part of it: it leaves the server once, when made,
 * and is read back only to sign ({@link WebhookEndpointRepository#secrets}).
 *
 * @param eventCursor the last outbox event id fanned out to this endpoint
 * @param failedInARow deliveries that ended failed since the last one that got through
 * @param previousSecretUntil while in the future, deliveries are signed with the previous secret as well
 */
public record WebhookEndpoint(
        long id,
        String url,
        String description,
        List<String> eventTypes,
        boolean active,
        long createdBy,
        long eventCursor,
        int failedInARow,
        String disabledReason,
        Instant previousSecretUntil,
        Instant createdAt,
        Instant updatedAt) {

    public WebhookEndpoint {
        eventTypes = List.copyOf(eventTypes);
    }

    public boolean wants(String eventType) {
        return eventTypes.contains(eventType);
    }
}
