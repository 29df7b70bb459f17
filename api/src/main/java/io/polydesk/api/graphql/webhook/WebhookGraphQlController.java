package io.polydesk.api.graphql.webhook;

import io.polydesk.api.graphql.support.Connection;
import io.polydesk.api.graphql.support.DeletedPayload;
import io.polydesk.api.graphql.support.Ids;
import io.polydesk.api.graphql.webhook.WebhookInputs.CreateWebhookEndpointInput;
import io.polydesk.api.graphql.webhook.WebhookInputs.IdInput;
import io.polydesk.api.graphql.webhook.WebhookInputs.ReplayWebhookDeliveriesInput;
import io.polydesk.api.graphql.webhook.WebhookInputs.ReplayWebhookDeliveriesPayload;
import io.polydesk.api.graphql.webhook.WebhookInputs.SecretPayload;
import io.polydesk.api.graphql.webhook.WebhookInputs.UpdateWebhookEndpointInput;
import io.polydesk.api.graphql.webhook.WebhookInputs.WebhookDeliveryPayload;
import io.polydesk.api.graphql.webhook.WebhookInputs.WebhookEndpointPayload;
import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.webhook.CreatedWebhookEndpoint;
import io.polydesk.domain.webhook.WebhookDelivery;
import io.polydesk.domain.webhook.WebhookDeliveryQueries;
import io.polydesk.domain.webhook.WebhookEndpoint;
import io.polydesk.domain.webhook.WebhookEndpointService;
import io.polydesk.domain.webhook.WebhookReplays;
import io.polydesk.domain.webhook.WebhookTestFire;
import java.time.Instant;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** Webhook endpoints and their delivery log; the domain lets administrators only. */
@Controller
class WebhookGraphQlController {

    private final WebhookEndpointService endpoints;
    private final WebhookDeliveryQueries deliveries;
    private final WebhookReplays replays;
    private final WebhookTestFire testFire;

    WebhookGraphQlController(
            WebhookEndpointService endpoints,
            WebhookDeliveryQueries deliveries,
            WebhookReplays replays,
            WebhookTestFire testFire) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.replays = replays;
        this.testFire = testFire;
    }

    @QueryMapping
    List<WebhookEndpoint> webhookEndpoints(@AuthenticationPrincipal Actor actor) {
        return endpoints.list(actor);
    }

    @QueryMapping
    WebhookEndpoint webhookEndpoint(@Argument String id, @AuthenticationPrincipal Actor actor) {
        return endpoints.get(actor, Ids.require(id, "id"));
    }

    @QueryMapping
    Connection<WebhookDelivery> webhookDeliveries(
            @Argument String endpointId,
            @Argument Integer first,
            @Argument String after,
            @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return Connection.of(deliveries.list(actor, Ids.require(endpointId, "endpointId"), first, after));
    }

    @MutationMapping
    SecretPayload createWebhookEndpoint(
            @Argument CreateWebhookEndpointInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return secretPayload(endpoints.create(actor, input.toCommand()));
    }

    @MutationMapping
    WebhookEndpointPayload updateWebhookEndpoint(
            @Argument UpdateWebhookEndpointInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new WebhookEndpointPayload(
                endpoints.update(actor, Ids.require(input.id(), "input.id"), input.toCommand()));
    }

    @MutationMapping
    DeletedPayload deleteWebhookEndpoint(@Argument IdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return DeletedPayload.of(
                endpoints.delete(actor, Ids.require(input.id(), "input.id")).id());
    }

    @MutationMapping
    SecretPayload rotateWebhookSecret(@Argument IdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return secretPayload(endpoints.rotateSecret(actor, Ids.require(input.id(), "input.id")));
    }

    @MutationMapping
    WebhookDeliveryPayload testFireWebhook(@Argument IdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new WebhookDeliveryPayload(testFire.fire(actor, Ids.require(input.id(), "input.id")));
    }

    @MutationMapping
    WebhookDeliveryPayload replayWebhookDelivery(@Argument IdInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new WebhookDeliveryPayload(replays.replay(actor, Ids.require(input.id(), "input.id")));
    }

    @MutationMapping
    ReplayWebhookDeliveriesPayload replayWebhookDeliveries(
            @Argument ReplayWebhookDeliveriesInput input, @AuthenticationPrincipal Actor actor) {
        Actor.requireAdmin(actor);
        return new ReplayWebhookDeliveriesPayload(replays.replayRange(
                actor,
                Ids.require(input.endpointId(), "input.endpointId"),
                Ids.require(input.fromEventId(), "input.fromEventId"),
                Ids.require(input.toEventId(), "input.toEventId")));
    }

    @SchemaMapping(typeName = "WebhookEndpoint")
    Instant previousSecretExpiresAt(WebhookEndpoint endpoint) {
        Instant until = endpoint.previousSecretUntil();
        return until != null && until.isAfter(Instant.now()) ? until : null;
    }

    private static SecretPayload secretPayload(CreatedWebhookEndpoint created) {
        return new SecretPayload(created.secret(), created.endpoint());
    }
}
