package io.polydesk.domain.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two short transactions around each attempt: claiming due deliveries (so no other dispatcher sends them
 * while the lease runs) and writing down what the receiver said, with the retry or the final verdict. Nothing
 * is held open while a request is on the wire; an attempt whose dispatcher died is taken up again when its lease
 * ends, which is why a receiver may see a message twice and deduplicates on {@code webhook-id}.
 */
@Service
public class WebhookDeliveryLedger {

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final WebhookSigning signing;
    private final WebhookSettings settings;
    private final Clock clock;

    public WebhookDeliveryLedger(
            WebhookDeliveryRepository deliveries,
            WebhookEndpointRepository endpoints,
            WebhookSigning signing,
            WebhookSettings settings,
            Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.signing = signing;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public List<WebhookAttempt> claim(int limit) {
        Instant now = now();
        List<WebhookAttempt> attempts = new ArrayList<>();
        for (WebhookDelivery delivery : deliveries.lockDue(now, limit)) {
            WebhookEndpoint endpoint = endpoints.findById(delivery.endpointId()).orElse(null);
            if (endpoint == null) {
                continue;
            }
            deliveries.startAttempt(delivery.id(), now, now.plus(settings.attemptLease()));
            attempts.add(new WebhookAttempt(delivery, signing.request(endpoint, delivery, now)));
        }
        return attempts;
    }

    @Transactional
    public void record(WebhookAttempt attempt, SendResult result) {
        WebhookDelivery delivery = attempt.delivery();
        Instant now = now();
        if (result.delivered()) {
            deliveries.recordAttempt(delivery.id(), DeliveryStatus.DELIVERED, null, result.statusCode(), null, now);
            endpoints.recordOutcome(delivery.endpointId(), true, now);
            return;
        }
        int attempts = delivery.attempts() + 1;
        boolean withinWindow = now.isBefore(delivery.createdAt().plus(settings.retryFor()));
        if (result.retryable() && withinWindow) {
            Instant next = now.plus(RetrySchedule.delay(
                    attempts,
                    settings.firstRetryDelay(),
                    settings.maxRetryDelay(),
                    result.retryAfter(),
                    ThreadLocalRandom.current().nextDouble()));
            deliveries.recordAttempt(
                    delivery.id(), DeliveryStatus.PENDING, next, result.statusCode(), result.error(), now);
            return;
        }
        deliveries.recordAttempt(delivery.id(), DeliveryStatus.FAILED, null, result.statusCode(), result.error(), now);
        int failedInARow = endpoints.recordOutcome(delivery.endpointId(), false, now);
        if (failedInARow >= settings.disableAfterFailures()) {
            endpoints.disable(
                    delivery.endpointId(), failedInARow + " deliveries in a row failed; last: " + result.error(), now);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
