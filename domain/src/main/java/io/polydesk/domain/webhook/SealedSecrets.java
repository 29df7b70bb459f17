package io.polydesk.domain.webhook;

import java.time.Instant;

/** An endpoint's secrets as stored: sealed by {@link WebhookSecretSealer}, the previous one only during rotation. */
public record SealedSecrets(String current, String previous, Instant previousUntil) {}
