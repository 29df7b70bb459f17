package io.polydesk.api.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.polydesk.domain.webhook.SendResult;
import io.polydesk.domain.webhook.WebhookRequest;
import io.polydesk.domain.webhook.WebhookSender;

/**
 * Times every delivery attempt as {@code polydesk.webhooks.attempts}, tagged {@code outcome}: {@code delivered},
 * {@code retry} (5xx, 429, timeouts: tried again later) or {@code failed} (will not be tried again).
 */
final class MeteredWebhookSender implements WebhookSender {

    static final String ATTEMPTS = "polydesk.webhooks.attempts";

    private final WebhookSender sender;
    private final MeterRegistry meters;

    MeteredWebhookSender(WebhookSender sender, MeterRegistry meters) {
        this.sender = sender;
        this.meters = meters;
    }

    @Override
    public SendResult send(WebhookRequest request) {
        Timer.Sample sample = Timer.start(meters);
        SendResult result = sender.send(request);
        String outcome = result.delivered() ? "delivered" : result.retryable() ? "retry" : "failed";
        sample.stop(meters.timer(ATTEMPTS, "outcome", outcome));
        return result;
    }
}
