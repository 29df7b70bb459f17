package io.polydesk.domain.token;

/** An API token was revoked: anything that remembers it as verified forgets it. */
public record ApiTokenRevoked(long tokenId) {}
