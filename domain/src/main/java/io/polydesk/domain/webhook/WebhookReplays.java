package io.polydesk.domain.webhook;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends logged messages again, as new rows behind what the endpoint already has queued, with the same {@code
 * webhook-id} and body as the first time: a receiver that already has one may drop it.
 */
@Service
public class WebhookReplays {

    /** Events one range replay may span. */
    public static final int MAX_RANGE = 1000;

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final Clock clock;

    public WebhookReplays(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    @Transactional
    public WebhookDelivery replay(Actor actor, long deliveryId) {
        Actor.requireAdmin(actor);
        WebhookDelivery original = deliveries
                .findById(deliveryId)
                .orElseThrow(() -> DomainException.notFound("Webhook delivery", deliveryId));
        return deliveries
                .findById(deliveries.insert(PendingDeliveries.again(original, now())))
                .orElseThrow();
    }

    /** Every message the endpoint was sent for events {@code fromEventId..toEventId}, in event order. */
    @Transactional
    public List<WebhookDelivery> replayRange(Actor actor, long endpointId, long fromEventId, long toEventId) {
        Actor.requireAdmin(actor);
        new Validation()
                .check(fromEventId > 0, "fromEventId", "must be positive")
                .check(toEventId >= fromEventId, "toEventId", "must not be below fromEventId")
                .check(
                        toEventId - fromEventId < MAX_RANGE,
                        "toEventId",
                        "a replay spans at most " + MAX_RANGE + " events")
                .throwIfInvalid();
        if (endpoints.findById(endpointId).isEmpty()) {
            throw DomainException.notFound("Webhook endpoint", endpointId);
        }
        Instant now = now();
        List<WebhookDelivery> queued = new ArrayList<>();
        for (WebhookDelivery original : deliveries.byEventRange(endpointId, fromEventId, toEventId)) {
            queued.add(deliveries
                    .findById(deliveries.insert(PendingDeliveries.again(original, now)))
                    .orElseThrow());
        }
        return queued;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
