package io.polydesk.api.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How each instance follows the event log for its subscribers.
 *
 * @param pollInterval how often the log is read when no local commit signals a change
 * @param gapPatience how long an id missing below a readable event is waited for before it is given up
 * @param subscriberBuffer events one subscriber may have waiting; past that it is disconnected
 * @param pageSize events read at once
 * @param credentialCheckInterval how often every open connection's credential is checked again, so a revocation
 *     on another instance ends it too
 */
@ConfigurationProperties("polydesk.events")
public record EventsProperties(
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("10s") Duration gapPatience,
        @DefaultValue("1000") int subscriberBuffer,
        @DefaultValue("500") int pageSize,
        @DefaultValue("1m") Duration credentialCheckInterval) {}
