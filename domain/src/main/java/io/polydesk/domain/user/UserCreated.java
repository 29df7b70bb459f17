package io.polydesk.domain.user;

/** An account was created, inside the creating transaction; {@code actorId} is null for the first administrator. */
public record UserCreated(long userId, Long actorId) {}
