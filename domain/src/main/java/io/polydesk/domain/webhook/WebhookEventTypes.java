package io.polydesk.domain.webhook;

import java.util.List;

/** The events an endpoint can ask for: the Ticketing Platform document's list, whose payloads Polydesk sends. */
public final class WebhookEventTypes {

    public static final String TEST = "webhook.test";

    public static final List<String> ALL =
            List.of("ticket.created", "ticket.updated", "ticket.status_changed", "comment.created", "user.created");

    private WebhookEventTypes() {}
}
