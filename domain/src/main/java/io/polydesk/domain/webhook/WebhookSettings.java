package io.polydesk.domain.webhook;

import java.time.Duration;
import java.util.List;

/**
 * The installation's webhook settings.
 *
 * @param allowedHosts host names, addresses or CIDR ranges the address guard lets through although they are
 *     internal (loopback, private, link-local ...)
 * @param firstRetryDelay the wait after the first failed attempt; each further one doubles it, up to {@code
 *     maxRetryDelay}, less up to half of it at random
 * @param retryFor how long after its creation a delivery is still retried; after that a failure is final
 * @param attemptLease how long a claimed attempt may run before another dispatcher may take it over
 * @param disableAfterFailures failed deliveries in a row that switch an endpoint off
 * @param rotationWindow how long a rotated-out secret still signs
 */
public record WebhookSettings(
        List<String> allowedHosts,
        Duration firstRetryDelay,
        Duration maxRetryDelay,
        Duration retryFor,
        Duration attemptLease,
        int disableAfterFailures,
        Duration rotationWindow) {

    public WebhookSettings {
        allowedHosts = List.copyOf(allowedHosts);
    }

    public static WebhookSettings defaults() {
        return new WebhookSettings(
                List.of(),
                Duration.ofSeconds(10),
                Duration.ofHours(1),
                Duration.ofHours(24),
                Duration.ofMinutes(2),
                3,
                Duration.ofHours(24));
    }
}
