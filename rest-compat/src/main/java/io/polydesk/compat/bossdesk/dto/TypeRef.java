package io.polydesk.compat.bossdesk.dto;

/** A ticket type as tickets point at it; Polydesk's types have no shortcut of their own. */
public record TypeRef(long id, String name, String shortcut) {}
