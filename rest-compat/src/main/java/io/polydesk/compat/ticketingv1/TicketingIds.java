package io.polydesk.compat.ticketingv1;

import io.polydesk.domain.shared.DomainException;

/** Ids on the wire are strings of Polydesk's decimal ids; any other string names nothing (404). */
final class TicketingIds {

    private TicketingIds() {}

    static long parse(String what, String raw) {
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below as not found, like any other id that names nothing
        }
        throw DomainException.notFound(what, raw.length() > 40 ? raw.substring(0, 40) : raw);
    }
}
