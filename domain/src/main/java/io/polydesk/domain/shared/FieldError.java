package io.polydesk.domain.shared;

/** One broken rule on one input field; {@code field} is the domain's own name for it. */
public record FieldError(String field, String message) {}
