package io.polydesk.api.graphql.ticket;

import io.polydesk.domain.customfield.CustomFieldType;

/** One custom field's value on a ticket, with the definition's key and name so clients need no second query. */
public record TicketFieldValue(String key, String name, CustomFieldType type, String value) {}
