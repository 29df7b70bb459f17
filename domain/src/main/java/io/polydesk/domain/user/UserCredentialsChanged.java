package io.polydesk.domain.user;

/** A user's password changed or the account was archived: anything that remembers their credentials forgets them. */
public record UserCredentialsChanged(long userId) {}
