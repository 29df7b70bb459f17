package io.polydesk.domain.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the signed request of one attempt: the current secret, and the previous one while its window lasts. */
@Component
public class WebhookSigning {

    private final WebhookEndpointRepository endpoints;
    private final WebhookSecretSealer sealer;

    public WebhookSigning(WebhookEndpointRepository endpoints, WebhookSecretSealer sealer) {
        this.endpoints = endpoints;
        this.sealer = sealer;
    }

    public WebhookRequest request(WebhookEndpoint endpoint, WebhookDelivery delivery, Instant now) {
        SealedSecrets sealed = endpoints.secrets(endpoint.id()).orElseThrow();
        List<String> secrets = new ArrayList<>();
        secrets.add(sealer.open(sealed.current()));
        if (sealed.previous() != null && sealed.previousUntil() != null && now.isBefore(sealed.previousUntil())) {
            secrets.add(sealer.open(sealed.previous()));
        }
        long timestamp = now.getEpochSecond();
        return new WebhookRequest(
                URI.create(endpoint.url()),
                delivery.messageId(),
                timestamp,
                WebhookSignatures.header(secrets, delivery.messageId(), timestamp, delivery.payload()),
                delivery.payload());
    }
}
