package io.polydesk.api.sla;

import io.polydesk.domain.sla.SlaBreachScan;
import io.polydesk.domain.ticket.TicketSnoozes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code polydesk.sla.scan-interval} (30 s by default), in each process that has {@code polydesk.sla.scheduler}
 * on: records the SLA breaches that came due and wakes the snoozed tickets whose time passed. Both are safe on
 * many instances at once (a conditional update claims each breach; woken rows are locked with SKIP LOCKED).
 */
@Component
@ConditionalOnProperty(name = "polydesk.sla.scheduler", havingValue = "true", matchIfMissing = true)
class ScheduledSlaJobs {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSlaJobs.class);
    /** A backlog is worked off a few batches per tick, not all at once. */
    private static final int MAX_ROUNDS = 20;

    private final SlaBreachScan breaches;
    private final TicketSnoozes snoozes;

    ScheduledSlaJobs(SlaBreachScan breaches, TicketSnoozes snoozes) {
        this.breaches = breaches;
        this.snoozes = snoozes;
    }

    @Scheduled(
            initialDelayString = "${polydesk.sla.scan-interval:30s}",
            fixedDelayString = "${polydesk.sla.scan-interval:30s}")
    void tick() {
        try {
            int round = 0;
            while (breaches.scan() >= SlaBreachScan.BATCH && ++round < MAX_ROUNDS) {
                log.debug("SLA breach scan: another batch");
            }
            round = 0;
            while (snoozes.wakeUp() >= TicketSnoozes.BATCH && ++round < MAX_ROUNDS) {
                log.debug("Snooze wake-up: another batch");
            }
        } catch (RuntimeException e) {
            log.warn("SLA scan or snooze wake-up failed this round; it runs again at the next tick: {}", e.toString());
        }
    }
}
