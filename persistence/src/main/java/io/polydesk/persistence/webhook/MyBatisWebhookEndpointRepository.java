package io.polydesk.persistence.webhook;

import io.polydesk.domain.webhook.SealedSecrets;
import io.polydesk.domain.webhook.WebhookEndpoint;
import io.polydesk.domain.webhook.WebhookEndpointRepository;
import io.polydesk.persistence.support.GeneratedId;
import io.polydesk.persistence.webhook.WebhookEndpointMapper.EndpointRow;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** Webhook endpoints in {@code webhook_endpoints}; their event types are one comma-separated column. */
@Repository
public class MyBatisWebhookEndpointRepository implements WebhookEndpointRepository {

    private final WebhookEndpointMapper mapper;

    public MyBatisWebhookEndpointRepository(WebhookEndpointMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long insert(WebhookEndpoint endpoint, String sealedSecret) {
        GeneratedId key = new GeneratedId();
        mapper.insert(row(endpoint), sealedSecret, key);
        return key.value();
    }

    @Override
    public Optional<WebhookEndpoint> findById(long id) {
        return Optional.ofNullable(mapper.findById(id)).map(MyBatisWebhookEndpointRepository::endpoint);
    }

    @Override
    public List<WebhookEndpoint> list() {
        return mapper.list().stream()
                .map(MyBatisWebhookEndpointRepository::endpoint)
                .toList();
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        mapper.update(row(endpoint));
    }

    @Override
    public void delete(long id) {
        mapper.delete(id);
    }

    @Override
    public Optional<SealedSecrets> secrets(long id) {
        return Optional.ofNullable(mapper.secrets(id));
    }

    @Override
    public void rotateSecret(long id, String sealedSecret, String sealedPrevious, Instant previousUntil, Instant at) {
        mapper.rotateSecret(id, sealedSecret, sealedPrevious, previousUntil, at);
    }

    @Override
    public List<WebhookEndpoint> lockActiveForFanOut(int limit) {
        return mapper.lockActiveForFanOut(limit).stream()
                .map(MyBatisWebhookEndpointRepository::endpoint)
                .toList();
    }

    @Override
    public void advanceCursor(long id, long eventCursor) {
        mapper.advanceCursor(id, eventCursor);
    }

    @Override
    public int recordOutcome(long id, boolean delivered, Instant at) {
        if (delivered) {
            mapper.recordDelivered(id);
        } else {
            mapper.recordFailed(id);
        }
        Integer count = mapper.failedInARow(id);
        return count == null ? 0 : count;
    }

    @Override
    public void disable(long id, String reason, Instant at) {
        mapper.disable(id, reason, at);
    }

    private static EndpointRow row(WebhookEndpoint e) {
        return new EndpointRow(
                e.id(),
                e.url(),
                e.description(),
                String.join(",", e.eventTypes()),
                e.active(),
                e.createdBy(),
                e.eventCursor(),
                e.failedInARow(),
                e.disabledReason(),
                e.previousSecretUntil(),
                e.createdAt(),
                e.updatedAt());
    }

    private static WebhookEndpoint endpoint(EndpointRow r) {
        List<String> types = r.eventTypes().isEmpty()
                ? List.of()
                : Arrays.asList(r.eventTypes().split(","));
        return new WebhookEndpoint(
                r.id(),
                r.url(),
                r.description(),
                types,
                r.active(),
                r.createdBy(),
                r.eventCursor(),
                r.failedInARow(),
                r.disabledReason(),
                r.previousSecretUntil(),
                r.createdAt(),
                r.updatedAt());
    }
}
