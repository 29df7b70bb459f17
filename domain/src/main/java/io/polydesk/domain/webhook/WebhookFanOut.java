package io.polydesk.domain.webhook;

import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.event.EventLog;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns logged events into deliveries: each active endpoint reads the events after its cursor, queues one
 * delivery per event it wants, and moves its cursor, in one transaction with the endpoint's row locked, so two
 * dispatchers never queue an event twice for one endpoint.
 *
 * <p>Event ids are taken when a change is written but become readable when it commits, so a lower id can appear
 * after a higher one. A missing id is therefore waited for until the event after it is {@link #GAP_GRACE} old
 * (then the gap is taken for a rolled-back change): events reach an endpoint in id order, none skipped.
 */
@Service
public class WebhookFanOut {

    static final Duration GAP_GRACE = Duration.ofSeconds(15);
    private static final int ENDPOINTS_PER_ROUND = 50;
    private static final int EVENTS_PER_ENDPOINT = 200;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final EventLog log;
    private final Optional<WebhookMessages> messages;
    private final Clock clock;

    public WebhookFanOut(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            EventLog log,
            Optional<WebhookMessages> messages,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.log = log;
        this.messages = messages;
        this.clock = clock;
    }

    /** Answers how many deliveries were queued. */
    @Transactional
    public int fanOut() {
        if (messages.isEmpty()) {
            return 0;
        }
        Instant now = now();
        int queued = 0;
        for (WebhookEndpoint endpoint : endpoints.lockActiveForFanOut(ENDPOINTS_PER_ROUND)) {
            long cursor = endpoint.eventCursor();
            for (DomainEvent event : log.readAfter(cursor, EVENTS_PER_ENDPOINT)) {
                if (event.id() != cursor + 1 && event.occurredAt().isAfter(now.minus(GAP_GRACE))) {
                    break; // an earlier change may still commit
                }
                queued += queue(endpoint, event, now).isPresent() ? 1 : 0;
                cursor = event.id();
            }
            if (cursor != endpoint.eventCursor()) {
                endpoints.advanceCursor(endpoint.id(), cursor);
            }
        }
        return queued;
    }

    /** Queues {@code event} for {@code endpoint} if it wants it and there is something to say; the new row's id. */
    Optional<Long> queue(WebhookEndpoint endpoint, DomainEvent event, Instant now) {
        Optional<String> type = WebhookEventTypes.of(event.type()).filter(endpoint::wants);
        if (type.isEmpty() || messages.isEmpty()) {
            return Optional.empty();
        }
        return messages.get()
                .render(owner(endpoint), event)
                .map(body ->
                        deliveries.insert(PendingDeliveries.message(endpoint.id(), event.id(), type.get(), body, now)));
    }

    /**
     * Bodies are rendered as an administrator sees them (only administrators register webhooks), under the
     * registering one's id, so nothing depends on that account staying an administrator.
     */
    static Actor owner(WebhookEndpoint endpoint) {
        return new Actor(endpoint.createdBy(), "webhooks", Role.ADMIN);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
