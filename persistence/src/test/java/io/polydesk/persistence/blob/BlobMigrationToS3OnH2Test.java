package io.polydesk.persistence.blob;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.attachment.Attachment;
import io.polydesk.domain.attachment.AttachmentRepository;
import io.polydesk.domain.attachment.BlobMigration;
import io.polydesk.domain.attachment.BlobStorage;
import io.polydesk.domain.attachment.StoredBlob;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.OnH2;
import io.polydesk.persistence.RepositoryTest;
import io.polydesk.persistence.testing.InJvmS3;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files of real attachment rows moving from the local disk into S3 (S3Proxy in this JVM) under the same keys: a
 * file whose bytes do not match the recorded checksum stays behind, and a second run copies nothing twice.
 */
class BlobMigrationToS3OnH2Test extends RepositoryTest implements OnH2 {

    private static InJvmS3 s3;

    @Autowired
    AttachmentRepository attachments;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startS3() {
        s3 = InJvmS3.start();
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    private Attachment row(User uploader, StoredBlob blob, String sha256) {
        long id = attachments.insert(new Attachment(
                0,
                null,
                null,
                null,
                "f.bin",
                "application/octet-stream",
                blob.size(),
                sha256,
                blob.key(),
                uploader.id(),
                T0));
        return attachments.findById(id).orElseThrow();
    }

    @Test
    void everyFileMovesUnderItsKeyCheckedByItsChecksum() throws Exception {
        String bucket = s3.newBucket();
        BlobStoreProperties settings = new BlobStoreProperties(
                "local",
                new BlobStoreProperties.S3(
                        s3.endpoint(), "us-east-1", bucket, InJvmS3.ACCESS_KEY, InJvmS3.SECRET_KEY, true));
        BlobStores stores = new BlobStores(dataDir.toString(), settings, null, null);
        BlobStorage local = stores.inUse();
        User uploader = newUser(Role.AGENT);
        StoredBlob first = local.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        StoredBlob second = local.put(new ByteArrayInputStream(new byte[9_000_000]));
        StoredBlob altered = local.put(new ByteArrayInputStream(new byte[] {7}));
        row(uploader, first, first.sha256());
        row(uploader, second, second.sha256());
        row(uploader, altered, "00".repeat(32));
        BlobMigration migration = new BlobMigration(attachments, local, stores);

        assertThat(migration.copyAllTo("s3")).isEqualTo(new BlobMigration.Report(2, 0, 1));
        assertThat(s3.keys(bucket)).containsExactlyInAnyOrder(first.key(), second.key());
        assertThat(migration.copyAllTo("s3")).isEqualTo(new BlobMigration.Report(0, 2, 1));

        try (S3BlobStorage target = (S3BlobStorage) stores.open("s3");
                InputStream in = target.open(first.key())) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        assertThat(local.exists(first.key())).as("the source keeps its files").isTrue();
    }
}
