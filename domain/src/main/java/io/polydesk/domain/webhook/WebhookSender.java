package io.polydesk.domain.webhook;

/** Sends one attempt over HTTP, within the installation's timeouts, size cap and address guard. */
public interface WebhookSender {

    SendResult send(WebhookRequest request);
}
