package io.polydesk.compat.ticketingv1.dto;

/** The document's envelope for a single object: {@code {"data": {...}}}. */
public record DataEnvelope<T>(T data) {}
