package io.polydesk.domain.token;

import io.polydesk.domain.shared.Role;

/**
 * What a long-lived session (a WebSocket connection) was signed in with: the user as they were then, and the API
 * token when one was used. The session stays valid only while all of it still holds.
 */
public record SessionCredential(long userId, Role role, int passwordVersion, Long tokenId) {}
