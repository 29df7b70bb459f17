package io.polydesk.domain.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Copies the file of every attachment from the store in use to another store, under the same keys, checking each
 * copy against the SHA-256 recorded at upload. Files already in the target are skipped, so a run that was cut short
 * (or uploads that arrived meanwhile) are finished by running it again. Nothing is removed from the source.
 */
@Service
public class BlobMigration {

    private static final Logger log = LoggerFactory.getLogger(BlobMigration.class);
    private static final int PAGE = 200;

    /** What one run did: files copied, files the target had already, files that could not be copied. */
    public record Report(long copied, long alreadyThere, long failed) {}

    private final AttachmentRepository attachments;
    private final BlobStorage source;
    private final BlobStorageFactory stores;

    public BlobMigration(AttachmentRepository attachments, BlobStorage source, BlobStorageFactory stores) {
        this.attachments = attachments;
        this.source = source;
        this.stores = stores;
    }

    public Report copyAllTo(String targetName) throws Exception {
        BlobStorage target = stores.open(targetName);
        try {
            return copyAll(target);
        } finally {
            if (target instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    private Report copyAll(BlobStorage target) {
        long copied = 0;
        long alreadyThere = 0;
        long failed = 0;
        long after = 0;
        List<Attachment> page;
        do {
            page = attachments.pageAfter(after, PAGE);
            for (Attachment attachment : page) {
                after = attachment.id();
                try {
                    if (target.exists(attachment.storageKey())) {
                        alreadyThere++;
                    } else if (copy(attachment, target)) {
                        copied++;
                    } else {
                        failed++;
                    }
                } catch (IOException | RuntimeException e) {
                    log.warn("Could not copy the file of attachment {}: {}", attachment.id(), e.toString());
                    failed++;
                }
            }
        } while (page.size() == PAGE);
        return new Report(copied, alreadyThere, failed);
    }

    private boolean copy(Attachment attachment, BlobStorage target) throws IOException {
        StoredBlob written;
        try (InputStream content = source.open(attachment.storageKey())) {
            written = target.write(attachment.storageKey(), content);
        }
        if (!written.sha256().equals(attachment.sha256()) || written.size() != attachment.size()) {
            target.delete(attachment.storageKey());
            log.warn("The file of attachment {} does not match its recorded checksum; not copied", attachment.id());
            return false;
        }
        return true;
    }
}
