package io.polydesk.compat.bossdesk.dto;

/** A lookup entry as objects point at it: team, group, extended status, tag, task type. */
public record NamedRef(long id, String name) {}
