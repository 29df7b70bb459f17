package io.polydesk.api.attachment;

import io.polydesk.domain.attachment.BlobMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --polydesk.attachments.migrate-to=<store>}: copies every attachment's file from the store in use into the
 * named one once the application has started; the process then ends, with exit code 0 when every file is in the
 * target and 1 when some could not be copied (each is logged). Running it again finishes what is left.
 */
@Component
@ConditionalOnProperty("polydesk.attachments.migrate-to")
class AttachmentMigrationRunner implements ApplicationRunner, ExitCodeGenerator {

    /** The property that asks for a migration; {@code PolydeskApplication} exits after it has run. */
    static final String PROPERTY = "polydesk.attachments.migrate-to";

    private static final Logger log = LoggerFactory.getLogger(AttachmentMigrationRunner.class);

    private final BlobMigration migration;
    private final String target;
    private volatile BlobMigration.Report report;

    AttachmentMigrationRunner(BlobMigration migration, @Value("${" + PROPERTY + "}") String target) {
        this.migration = migration;
        this.target = target;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        log.info("Copying attachment files to the '{}' store", target);
        report = migration.copyAllTo(target);
        log.info(
                "Attachment files in the '{}' store: {} copied, {} already there, {} could not be copied",
                target,
                report.copied(),
                report.alreadyThere(),
                report.failed());
    }

    BlobMigration.Report report() {
        return report;
    }

    @Override
    public int getExitCode() {
        return report != null && report.failed() == 0 ? 0 : 1;
    }
}
