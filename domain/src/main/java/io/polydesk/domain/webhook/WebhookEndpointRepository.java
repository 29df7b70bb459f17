package io.polydesk.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where webhook endpoints are kept, with their sealed secrets and the fan-out cursor. */
public interface WebhookEndpointRepository {

    long insert(WebhookEndpoint endpoint, String sealedSecret);

    Optional<WebhookEndpoint> findById(long id);

    List<WebhookEndpoint> list();

    /** Writes url, description, event types, active, disabled reason, cursor and updated-at. */
    void update(WebhookEndpoint endpoint);

    void delete(long id);

    Optional<SealedSecrets> secrets(long id);

    void rotateSecret(long id, String sealedSecret, String sealedPrevious, Instant previousUntil, Instant at);

    /**
     * Active endpoints no other dispatcher is fanning out to right now, locked until the transaction ends
     * ({@code FOR UPDATE SKIP LOCKED}), so each event reaches each endpoint's log once.
     */
    List<WebhookEndpoint> lockActiveForFanOut(int limit);

    void advanceCursor(long id, long eventCursor);

    /** After a delivery ends: zero on success, one more on failure; returns the new count. */
    int recordOutcome(long id, boolean delivered, Instant at);

    void disable(long id, String reason, Instant at);
}
