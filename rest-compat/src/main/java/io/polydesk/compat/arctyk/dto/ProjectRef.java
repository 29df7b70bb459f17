package io.polydesk.compat.arctyk.dto;

/** The project a ticket belongs to, as ticket detail shows it. */
public record ProjectRef(long id, String name) {}
