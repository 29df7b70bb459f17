package io.polydesk.persistence.search;

/** One comment's text, and whether only staff may match on it. */
public record SearchCommentRow(long ticketId, String content, boolean internal) {}
