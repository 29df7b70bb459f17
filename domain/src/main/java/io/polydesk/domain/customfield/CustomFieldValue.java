package io.polydesk.domain.customfield;

/** One field's canonical value on one ticket. */
public record CustomFieldValue(long ticketId, long fieldId, String value) {}
