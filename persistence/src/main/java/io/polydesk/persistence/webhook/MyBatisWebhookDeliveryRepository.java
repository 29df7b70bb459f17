package io.polydesk.persistence.webhook;

import io.polydesk.domain.webhook.DeliveryStatus;
import io.polydesk.domain.webhook.WebhookDelivery;
import io.polydesk.domain.webhook.WebhookDeliveryRepository;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The webhook delivery log in {@code webhook_deliveries}, which is also the dispatchers' queue. */
@Repository
public class MyBatisWebhookDeliveryRepository implements WebhookDeliveryRepository {

    /** The column's size; a receiver's error text is cut to it. */
    static final int MAX_ERROR = 500;

    private final WebhookDeliveryMapper mapper;

    public MyBatisWebhookDeliveryRepository(WebhookDeliveryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(WebhookDelivery delivery) {
        GeneratedId key = new GeneratedId();
        mapper.insert(delivery, key);
        return key.value();
    }

    @Override
    public Optional<WebhookDelivery> findById(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    @Override
    public List<WebhookDelivery> page(long endpointId, Long beforeId, int limit) {
        return mapper.page(endpointId, beforeId, limit);
    }

    @Override
    public long count(long endpointId) {
        return mapper.count(endpointId);
    }

    @Override
    public List<WebhookDelivery> byEventRange(long endpointId, long fromEventId, long toEventId) {
        return mapper.byEventRange(endpointId, fromEventId, toEventId);
    }

    @Override
    public List<WebhookDelivery> lockDue(Instant now, int limit) {
        return mapper.lockDue(now, limit);
    }

    @Override
    public void startAttempt(long id, Instant at, Instant leaseUntil) {
        mapper.startAttempt(id, at, leaseUntil);
    }

    @Override
    public void recordAttempt(
            long id, DeliveryStatus status, Instant nextAttemptAt, Integer responseCode, String error, Instant at) {
        String cut = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        mapper.recordAttempt(id, status, nextAttemptAt, responseCode, cut, at);
    }
}
