package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.ticketingv1.dto.WebhookPayload;
import io.polydesk.domain.webhook.WebhookEndpoint;
import io.polydesk.domain.webhook.WebhookEventTypes;
import io.polydesk.domain.webhook.WebhookMessages;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Webhook bodies in this document's shape (§5.5), as JSON text the deliveries store and sign. */
@Component
@ConditionalOnDialect(TicketingV1Dialect.NAME)
class TicketingWebhookMessages implements WebhookMessages {

    private final TicketingConverter converter;
    private final JsonMapper json;

    TicketingWebhookMessages(TicketingConverter converter, JsonMapper json) {
        this.converter = converter;
        this.json = json;
    }

    /** Not one of the document's events: {@code data.webhook} names the endpoint being tried. */
    @Override
    public String test(WebhookEndpoint endpoint, Instant at) {
        return json.writeValueAsString(new WebhookPayload(
                WebhookEventTypes.TEST,
                converter.timestamp(at),
                Map.of("webhook", Map.of("id", Long.toString(endpoint.id()), "url", endpoint.url()))));
    }
}
