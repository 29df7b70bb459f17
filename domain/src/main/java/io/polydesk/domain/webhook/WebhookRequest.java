package io.polydesk.domain.webhook;

import java.net.URI;

/** One attempt as it goes over the wire: the endpoint's URL, the Standard Webhooks headers and the body. */
public record WebhookRequest(URI url, String messageId, long timestamp, String signature, String body) {}
