package io.polydesk.compat.bossdesk.dto;

/** A helpdesk category (a Polydesk project) as tickets point at it. */
public record CategoryRef(long id, String name, String color, String icon) {}
