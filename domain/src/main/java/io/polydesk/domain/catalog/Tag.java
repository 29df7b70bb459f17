package io.polydesk.domain.catalog;

/** A free label; names are unique ignoring case. */
public record Tag(long id, String name) {}
