package io.polydesk.domain.webhook;

import io.polydesk.domain.event.DomainEvent;
import io.polydesk.domain.shared.Actor;
import java.time.Instant;
import java.util.Optional;

/**
 * Renders webhook bodies in the Ticketing Platform document's shape ({@code {"event", "timestamp", "data"}});
 * the dialect that knows that shape implements it.
 */
public interface WebhookMessages {

    /**
     * The body {@code event} is sent as ({@link WebhookEventTypes#of}), as {@code owner} may see it; empty when
     * there is nothing to tell them (the ticket is gone, or the change is no change in the document's words).
     */
    Optional<String> render(Actor owner, DomainEvent event);

    /** The body of a test message for {@code endpoint}, event {@value WebhookEventTypes#TEST}. */
    String test(WebhookEndpoint endpoint, Instant at);
}
