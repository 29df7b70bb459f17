package io.polydesk.domain.webhook;

import io.polydesk.domain.shared.Change;
import java.util.List;

/** What an administrator sets on an endpoint; on update each field is kept unless given. */
public record WebhookEndpointCommand(
        Change<String> url, Change<String> description, Change<List<String>> eventTypes, Change<Boolean> active) {

    public static WebhookEndpointCommand create(
            String url, String description, List<String> eventTypes, Boolean active) {
        return new WebhookEndpointCommand(
                Change.to(url), Change.to(description), Change.to(eventTypes), Change.to(active == null || active));
    }
}
