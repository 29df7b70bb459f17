package io.polydesk.compat.bossdesk.dto;

/** A priority as tickets point at it. */
public record PriorityRef(long id, String name, String color) {}
