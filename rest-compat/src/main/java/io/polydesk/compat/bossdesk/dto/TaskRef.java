package io.polydesk.compat.bossdesk.dto;

/** The task a time entry was logged against. */
public record TaskRef(long id, String title) {}
