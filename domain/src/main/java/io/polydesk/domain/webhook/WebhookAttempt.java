package io.polydesk.domain.webhook;

/** A claimed delivery with what sending it needs: the endpoint's URL and the signed request. */
public record WebhookAttempt(WebhookDelivery delivery, WebhookRequest request) {}
