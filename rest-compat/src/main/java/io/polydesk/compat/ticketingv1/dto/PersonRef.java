package io.polydesk.compat.ticketingv1.dto;

/** A person as tickets and comments point at them: {@code created_by}, {@code assigned_to}, {@code updated_by}. */
public record PersonRef(String id, String name, String email) {}
