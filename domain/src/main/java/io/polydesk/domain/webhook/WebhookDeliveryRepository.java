package io.polydesk.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The delivery log, which is also the queue the dispatchers work from. */
public interface WebhookDeliveryRepository {

    long insert(WebhookDelivery delivery);

    Optional<WebhookDelivery> findById(long id);

    /** Newest first, after the delivery id {@code beforeId} (null: from the newest), at most {@code limit}. */
    List<WebhookDelivery> page(long endpointId, Long beforeId, int limit);

    long count(long endpointId);

    /** Deliveries of the endpoint carrying events in {@code [fromEventId, toEventId]}, the oldest row per message. */
    List<WebhookDelivery> byEventRange(long endpointId, long fromEventId, long toEventId);

    /**
     * Due deliveries of active endpoints that are the oldest pending one of their endpoint, locked until the
     * transaction ends and skipping rows another dispatcher holds ({@code FOR UPDATE SKIP LOCKED}).
     */
    List<WebhookDelivery> lockDue(Instant now, int limit);

    /** Counts an attempt as started and hides the row until {@code leaseUntil}; a lost attempt is retried then. */
    void startAttempt(long id, Instant at, Instant leaseUntil);

    void recordAttempt(
            long id, DeliveryStatus status, Instant nextAttemptAt, Integer responseCode, String error, Instant at);
}
