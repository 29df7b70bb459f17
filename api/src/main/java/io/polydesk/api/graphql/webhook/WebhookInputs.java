package io.polydesk.api.graphql.webhook;

import io.polydesk.api.graphql.support.Changes;
import io.polydesk.domain.webhook.WebhookDelivery;
import io.polydesk.domain.webhook.WebhookEndpoint;
import io.polydesk.domain.webhook.WebhookEndpointCommand;
import java.util.List;
import org.springframework.graphql.data.ArgumentValue;

/** The webhook mutations' inputs and payloads, as {@code webhooks.graphqls} declares them. */
final class WebhookInputs {

    private WebhookInputs() {}

    record CreateWebhookEndpointInput(String url, List<String> eventTypes, String description, Boolean active) {
        WebhookEndpointCommand toCommand() {
            return WebhookEndpointCommand.create(url, description, eventTypes, active);
        }
    }

    record UpdateWebhookEndpointInput(
            String id,
            ArgumentValue<String> url,
            ArgumentValue<List<String>> eventTypes,
            ArgumentValue<String> description,
            ArgumentValue<Boolean> active) {
        WebhookEndpointCommand toCommand() {
            return new WebhookEndpointCommand(
                    Changes.of(url), Changes.of(description), Changes.of(eventTypes), Changes.of(active));
        }
    }

    record IdInput(String id) {}

    record ReplayWebhookDeliveriesInput(String endpointId, String fromEventId, String toEventId) {}

    record WebhookEndpointPayload(WebhookEndpoint endpoint) {}

    record SecretPayload(String secret, WebhookEndpoint endpoint) {}

    record WebhookDeliveryPayload(WebhookDelivery delivery) {}

    record ReplayWebhookDeliveriesPayload(List<WebhookDelivery> deliveries) {}
}
