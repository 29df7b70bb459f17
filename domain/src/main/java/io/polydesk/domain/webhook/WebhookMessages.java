package io.polydesk.domain.webhook;

import java.time.Instant;

/**
 * Renders webhook bodies in the Ticketing Platform document's shape ({@code {"event", "timestamp", "data"}});
 * the dialect that knows that shape implements it.
 */
public interface WebhookMessages {

    /** The body of a test message for {@code endpoint}, event {@value WebhookEventTypes#TEST}. */
    String test(WebhookEndpoint endpoint, Instant at);
}
