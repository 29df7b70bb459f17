package io.polydesk.compat.ticketingv1.dto;

import java.util.List;

/** The document's envelope for a list: {@code {"data": [...], "pagination": {...}}}. */
public record PageEnvelope<T>(List<T> data, Pagination pagination) {}
