package io.polydesk.api.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Webhook settings under {@code polydesk.webhooks}.
 *
 * @param dispatcher whether this process sends deliveries (every instance may; they share the work)
 * @param allowedHosts host names, addresses or CIDR ranges let through although internal (loopback, private ...)
 * @param pollInterval how often the dispatcher looks for new events and due deliveries
 * @param connectTimeout how long a receiver may take to accept the connection
 * @param readTimeout how long a receiver may take to answer, body included
 * @param maxResponseSize how much of a receiver's answer is read; the rest is dropped with the connection
 * @param firstRetryDelay the wait after the first failure, doubled after each further one up to {@code maxRetryDelay}
 * @param retryFor how long a delivery is retried before it is marked failed
 * @param attemptLease how long an attempt may run before another dispatcher takes it over (it is lost); at least
 *     both timeouts and a second
 * @param disableAfterFailures failed deliveries in a row that switch an endpoint off
 * @param rotationWindow how long a rotated-out secret still signs
 * @param batchSize deliveries one dispatcher sends at once
 */
@ConfigurationProperties("polydesk.webhooks")
public record WebhookProperties(
        @DefaultValue("true") boolean dispatcher,
        @DefaultValue List<String> allowedHosts,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("64KB") DataSize maxResponseSize,
        @DefaultValue("10s") Duration firstRetryDelay,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("24h") Duration retryFor,
        @DefaultValue("2m") Duration attemptLease,
        @DefaultValue("3") int disableAfterFailures,
        @DefaultValue("24h") Duration rotationWindow,
        @DefaultValue("8") int batchSize) {}
