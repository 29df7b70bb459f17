package io.polydesk.domain.webhook;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.shared.CursorPage;
import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.shared.Keyset;
import io.polydesk.domain.shared.KeysetWindow;
import java.util.List;
import org.springframework.stereotype.Service;

/** The delivery log of one endpoint, newest first, for administrators. */
@Service
public class WebhookDeliveryQueries {

    private static final String ORDER = "delivery-id-desc";

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;

    public WebhookDeliveryQueries(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
    }

    public CursorPage<WebhookDelivery> list(Actor actor, long endpointId, Integer first, String after) {
        Actor.requireAdmin(actor);
        int limit = KeysetWindow.limit(first);
        Keyset position = KeysetWindow.position(after, ORDER);
        if (endpoints.findById(endpointId).isEmpty()) {
            throw DomainException.notFound("Webhook endpoint", endpointId);
        }
        List<WebhookDelivery> rows = deliveries.page(endpointId, position == null ? null : position.id(), limit + 1);
        return KeysetWindow.of(
                rows, limit, position != null, deliveries.count(endpointId), d -> new Keyset(ORDER, null, d.id()));
    }

    public WebhookDelivery get(Actor actor, long deliveryId) {
        Actor.requireAdmin(actor);
        return deliveries
                .findById(deliveryId)
                .orElseThrow(() -> DomainException.notFound("Webhook delivery", deliveryId));
    }
}
