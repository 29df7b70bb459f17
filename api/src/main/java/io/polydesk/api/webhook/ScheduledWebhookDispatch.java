package io.polydesk.api.webhook;

import io.polydesk.api.webhook.WebhookConfiguration.WebhookDispatcherHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher every {@code polydesk.webhooks.poll-interval} in each process that has {@code
 * polydesk.webhooks.dispatcher} on (the default); the database decides which process sends what.
 */
@Component
@ConditionalOnProperty(name = "polydesk.webhooks.dispatcher", havingValue = "true", matchIfMissing = true)
class ScheduledWebhookDispatch {

    private static final Logger log = LoggerFactory.getLogger(ScheduledWebhookDispatch.class);
    /** A backlog is worked off over a few rounds per tick, not all at once. */
    private static final int MAX_ROUNDS = 20;

    private final WebhookDispatcherHandle handle;
    private final WebhookProperties properties;

    ScheduledWebhookDispatch(WebhookDispatcherHandle handle, WebhookProperties properties) {
        this.handle = handle;
        this.properties = properties;
    }

    @Scheduled(
            initialDelayString = "${polydesk.webhooks.poll-interval:1s}",
            fixedDelayString = "${polydesk.webhooks.poll-interval:1s}")
    void tick() {
        try {
            handle.dispatcher().fanOut();
            for (int round = 0; round < MAX_ROUNDS; round++) {
                if (handle.dispatcher().deliverDue() < properties.batchSize()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Webhook dispatch failed this round; it runs again at the next tick: {}", e.toString());
        }
    }
}
