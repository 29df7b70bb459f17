package io.polydesk.domain.webhook;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Sends a test message to an endpoint at once, outside the queue and without retries, and logs it, so an
 * administrator sees right away whether the receiver is reachable and checks signatures.
 */
@Service
public class WebhookTestFire {

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final Optional<WebhookMessages> messages;
    private final WebhookSigning signing;
    private final WebhookSender sender;
    private final Clock clock;

    public WebhookTestFire(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            Optional<WebhookMessages> messages,
            WebhookSigning signing,
            WebhookSender sender,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.messages = messages;
        this.signing = signing;
        this.sender = sender;
        this.clock = clock;
    }

    /** Not transactional: no connection is held while the receiver answers. */
    public WebhookDelivery fire(Actor actor, long endpointId) {
        Actor.requireAdmin(actor);
        WebhookEndpoint endpoint = endpoints
                .findById(endpointId)
                .orElseThrow(() -> DomainException.notFound("Webhook endpoint", endpointId));
        Instant now = now();
        WebhookDelivery draft = PendingDeliveries.message(
                endpointId, null, WebhookEventTypes.TEST, messages(messages).test(endpoint, now), now);
        SendResult result = sender.send(signing.request(endpoint, draft, now));
        Instant done = now();
        WebhookDelivery logged = new WebhookDelivery(
                0,
                endpointId,
                null,
                draft.eventType(),
                draft.messageId(),
                draft.payload(),
                result.delivered() ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED,
                1,
                null,
                now,
                result.statusCode(),
                result.error(),
                now,
                done);
        return deliveries.findById(deliveries.insert(logged)).orElseThrow();
    }

    /** Bodies come from the Ticketing Platform dialect; with it switched off there are none to send. */
    static WebhookMessages messages(Optional<WebhookMessages> messages) {
        return messages.orElseThrow(() -> DomainException.invalid(
                "url",
                "webhook bodies follow the Ticketing Platform API, which is switched off here"
                        + " (polydesk.compat.ticketing-v1.enabled)"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
