package io.polydesk.domain.ticket;

import java.util.Set;

/** Where a ticket came from; dialects map their own origin codes onto these. */
public final class TicketSource {

    public static final String API = "api";
    public static final Set<String> KNOWN = Set.of(
            "web",
            "email",
            "widget",
            "api",
            "scheduler",
            "mobile_app",
            "phone",
            "live_chat",
            "in_person",
            "user_portal",
            "web_portal");

    private TicketSource() {}
}
