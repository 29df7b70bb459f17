package io.polydesk.domain.webhook;

/** A new endpoint, or one whose secret was just rotated, with the secret in clear: the only time it is shown. */
public record CreatedWebhookEndpoint(String secret, WebhookEndpoint endpoint) {}
