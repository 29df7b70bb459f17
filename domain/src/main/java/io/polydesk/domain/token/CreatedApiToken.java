package io.polydesk.domain.token;

/** A token just made: the secret is shown this once and never again. */
public record CreatedApiToken(String secret, ApiToken token) {}
