package io.polydesk.domain.webhook;

/**
 * Encrypts endpoint secrets for storage. A webhook secret must be read back to sign with, so it cannot be hashed
 * like an API token; a stolen database dump without the server's key does not give it away.
 */
public interface WebhookSecretSealer {

    String seal(String secret);

    String open(String sealed);
}
