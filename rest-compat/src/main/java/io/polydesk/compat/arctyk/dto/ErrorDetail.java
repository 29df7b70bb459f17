package io.polydesk.compat.arctyk.dto;

/** Arctyk's (Django REST Framework's) error body for everything but field validation. */
public record ErrorDetail(String detail) {}
