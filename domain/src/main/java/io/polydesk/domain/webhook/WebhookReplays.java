package io.polydesk.domain.webhook;

import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
    private final EventLog log;
    private final WebhookFanOut fanOut;
    private final Clock clock;

    public WebhookReplays(
            WebhookDeliveryRepository deliveries,
            WebhookEndpointRepository endpoints,
            EventLog log,
            WebhookFanOut fanOut,
            Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.log = log;
        this.fanOut = fanOut;
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

    /**
     * The events {@code fromEventId..toEventId} again, in event order: each message the endpoint was sent for one
     * is queued again as it was; an event it was never sent (it came before the endpoint, or while it was off) and
     * that it wants now is queued as a new message.
     */
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
        WebhookEndpoint endpoint = endpoints
                .findById(endpointId)
                .orElseThrow(() -> DomainException.notFound("Webhook endpoint", endpointId));
        Instant now = now();
        Map<Long, List<WebhookDelivery>> sent = deliveries.byEventRange(endpointId, fromEventId, toEventId).stream()
                .collect(Collectors.groupingBy(WebhookDelivery::eventId, LinkedHashMap::new, Collectors.toList()));
        List<Long> queued = new ArrayList<>();
        for (DomainEvent event : log.readAfter(fromEventId - 1, MAX_RANGE)) {
            if (event.id() > toEventId) {
                break;
            }
            List<WebhookDelivery> before = sent.get(event.id());
            if (before != null) {
                before.forEach(original -> queued.add(deliveries.insert(PendingDeliveries.again(original, now))));
            } else {
                fanOut.queue(endpoint, event, now).ifPresent(queued::add);
            }
        }
        return queued.stream().map(id -> deliveries.findById(id).orElseThrow()).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
