package io.polydesk.compat.arctyk.dto;

import java.util.List;

/** The page-number envelope of the ticket list; {@code next} and {@code previous} are relative links. */
public record TicketPage(long count, String next, String previous, List<TicketListItem> results) {}
