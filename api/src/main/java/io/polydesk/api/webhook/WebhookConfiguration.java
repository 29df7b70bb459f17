package io.polydesk.api.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.polydesk.domain.webhook.WebhookAddressGuard;
import io.polydesk.domain.webhook.WebhookDeliveryLedger;
import io.polydesk.domain.webhook.WebhookDispatcher;
import io.polydesk.domain.webhook.WebhookFanOut;
import io.polydesk.domain.webhook.WebhookSender;
import io.polydesk.domain.webhook.WebhookSettings;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The domain's webhook settings and address guard from {@code polydesk.webhooks}, and the dispatcher. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebhookConfiguration {

    @Bean
    WebhookSettings webhookSettings(WebhookProperties properties) {
        return new WebhookSettings(
                properties.allowedHosts(),
                properties.firstRetryDelay(),
                properties.maxRetryDelay(),
                properties.retryFor(),
                lease(properties),
                properties.disableAfterFailures(),
                properties.rotationWindow());
    }

    /**
     * An attempt may take up to both timeouts; a lease shorter than that would let a second dispatcher send a
     * message the first is still sending.
     */
    static Duration lease(WebhookProperties properties) {
        Duration floor =
                properties.connectTimeout().plus(properties.readTimeout()).plusSeconds(1);
        return properties.attemptLease().compareTo(floor) < 0 ? floor : properties.attemptLease();
    }

    @Bean
    WebhookAddressGuard webhookAddressGuard(WebhookProperties properties) {
        return new WebhookAddressGuard(properties.allowedHosts());
    }

    /** Not an {@code ExecutorService} bean: that would replace Boot's application task executor. */
    @Bean(destroyMethod = "shutdown")
    WebhookDispatcherHandle webhookDispatcher(
            WebhookFanOut fanOut,
            WebhookDeliveryLedger ledger,
            WebhookSender sender,
            WebhookProperties properties,
            MeterRegistry meters) {
        AtomicInteger counter = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(Math.max(1, Math.min(properties.batchSize(), 8)), r -> {
            Thread thread = new Thread(r, "webhook-sender-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new WebhookDispatcherHandle(
                new WebhookDispatcher(
                        fanOut,
                        ledger,
                        new MeteredWebhookSender(sender, meters),
                        senders,
                        Math.max(1, properties.batchSize())),
                senders);
    }

    /** The dispatcher with the threads it sends on, which end with the application. */
    record WebhookDispatcherHandle(WebhookDispatcher dispatcher, ExecutorService senders) {
        void shutdown() {
            senders.shutdownNow();
        }
    }
}
