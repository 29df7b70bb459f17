package io.polydesk.domain.webhook;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of webhook work: queue deliveries for new events, claim the due deliveries, send them side by side (each endpoint has at most one in
 * flight), and record each outcome. Any number of dispatchers, in one process or many, may run rounds at once.
 */
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookFanOut fanOut;
    private final WebhookDeliveryLedger ledger;
    private final WebhookSender sender;
    private final ExecutorService senders;
    private final int batchSize;

    public WebhookDispatcher(
            WebhookFanOut fanOut,
            WebhookDeliveryLedger ledger,
            WebhookSender sender,
            ExecutorService senders,
            int batchSize) {
        this.fanOut = fanOut;
        this.ledger = ledger;
        this.sender = sender;
        this.senders = senders;
        this.batchSize = batchSize;
    }

    /** Queues deliveries for the events logged since the last round; answers how many. */
    public int fanOut() {
        return fanOut.fanOut();
    }

    /** Sends what is due now; answers how many attempts were made. */
    public int deliverDue() {
        List<WebhookAttempt> attempts = ledger.claim(batchSize);
        List<Future<?>> running = attempts.stream()
                .<Future<?>>map(attempt -> senders.submit(() -> attempt(attempt)))
                .toList();
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return attempts.size();
            } catch (Exception e) {
                log.warn("A webhook attempt failed unexpectedly; it is retried when its lease ends", e);
            }
        }
        return attempts.size();
    }

    private void attempt(WebhookAttempt attempt) {
        SendResult result;
        try {
            result = sender.send(attempt.request());
        } catch (RuntimeException e) {
            result = SendResult.unreachable("could not send: " + e.getClass().getSimpleName());
        }
        ledger.record(attempt, result);
    }
}
