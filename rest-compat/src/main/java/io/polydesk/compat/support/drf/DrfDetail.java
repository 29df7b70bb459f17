package io.polydesk.compat.support.drf;

/** Django REST Framework's error body for everything but field validation: {@code {"detail": "..."}}. */
public record DrfDetail(String detail) {}
