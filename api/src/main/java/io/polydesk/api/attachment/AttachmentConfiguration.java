package io.polydesk.api.attachment;

import io.polydesk.domain.attachment.AttachmentService;
import io.polydesk.domain.attachment.AttachmentSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The domain's attachment limits from the installation's settings, and the purge of abandoned uploads. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AttachmentConfiguration {

    @Bean
    AttachmentSettings attachmentSettings(AttachmentProperties properties) {
        return new AttachmentSettings(
                properties.maxSize().toBytes(),
                properties.pendingLifetime(),
                properties.maxPendingPerUser().toBytes());
    }

    /** Removes uploads nobody bound within {@code polydesk.attachments.pending-lifetime}, with their files. */
    @Component
    static class PendingAttachmentPurge {

        private static final Logger log = LoggerFactory.getLogger(PendingAttachmentPurge.class);
        /** Each round is one transaction of a bounded batch; a backlog is worked off over a few rounds. */
        private static final int MAX_ROUNDS = 100;

        private final AttachmentService attachments;

        PendingAttachmentPurge(AttachmentService attachments) {
            this.attachments = attachments;
        }

        @Scheduled(
                initialDelayString = "${polydesk.attachments.purge-interval:1h}",
                fixedDelayString = "${polydesk.attachments.purge-interval:1h}")
        void purge() {
            int total = 0;
            for (int round = 0; round < MAX_ROUNDS; round++) {
                int purged = attachments.purgeExpiredPending();
                total += purged;
                if (purged == 0) {
                    break;
                }
            }
            if (total > 0) {
                log.info("Purged {} attachment uploads that were never attached", total);
            }
        }
    }
}
