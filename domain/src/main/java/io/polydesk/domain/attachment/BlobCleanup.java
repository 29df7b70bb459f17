package io.polydesk.domain.attachment;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ties blob removal to the fate of the transaction that changed the rows: a deleted row's file goes only once
 * the delete is committed, and a new row's file goes if its insert is rolled back. A file that cannot be
 * removed is logged, never allowed to undo the database change.
 */
@Component
class BlobCleanup {

    private static final Logger log = LoggerFactory.getLogger(BlobCleanup.class);

    private final BlobStorage blobs;

    BlobCleanup(BlobStorage blobs) {
        this.blobs = blobs;
    }

    void deleteAfterCommit(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deleteNow(key);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteNow(key);
            }
        });
    }

    void deleteOnRollback(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    deleteNow(key);
                }
            }
        });
    }

    void deleteNow(String key) {
        try {
            blobs.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete attachment blob {}", key, e);
        }
    }
}
