package io.polydesk.persistence.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.attachment.BlobKeys;
import io.polydesk.domain.attachment.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The database store on the migrated schema; it commits its own writes, so these tests run outside a transaction. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class DatabaseBlobStorageContract {

    @Autowired
    BlobChunkMapper chunks;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    DatabaseBlobStorage storage;

    @BeforeEach
    void store() {
        storage = new DatabaseBlobStorage(chunks, transactions);
    }

    private static byte[] random(int length) {
        byte[] content = new byte[length];
        new Random(length).nextBytes(content);
        return content;
    }

    private int chunkRows(String key) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM attachment_blob_chunks WHERE storage_key = ?", Integer.class, key);
    }

    @Test
    void aFileIsStoredInChunksAndReadBackWhole() throws Exception {
        byte[] content = random(2 * DatabaseBlobStorage.CHUNK_SIZE + 777);

        StoredBlob blob = storage.put(new ByteArrayInputStream(content));

        assertThat(blob.size()).isEqualTo(content.length);
        assertThat(blob.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(chunkRows(blob.key())).isEqualTo(3);
        try (InputStream in = storage.open(blob.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aFileOfExactlyOneChunkIsOneChunk() throws Exception {
        byte[] content = random(DatabaseBlobStorage.CHUNK_SIZE);

        StoredBlob blob = storage.put(new ByteArrayInputStream(content));

        assertThat(chunkRows(blob.key())).isEqualTo(1);
        try (InputStream in = storage.open(blob.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aStreamThatFailsHalfWayLeavesNothingBehind() {
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > DatabaseBlobStorage.CHUNK_SIZE + 100) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        String key = BlobKeys.newKey();

        assertThatThrownBy(() -> storage.write(key, failing)).hasMessage("connection reset");
        assertThat(storage.exists(key)).isFalse();
        assertThat(chunkRows(key)).isZero();
    }

    @Test
    void aWriteInsideATransactionThatRollsBackIsKept() throws Exception {
        String key = BlobKeys.newKey();
        TransactionTemplate outer = new TransactionTemplate(transactions);

        outer.executeWithoutResult(status -> {
            try {
                storage.write(key, new ByteArrayInputStream(new byte[] {4, 5}));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });

        assertThat(storage.exists(key))
                .as("durable on return, like a file; the caller's rollback removes it through BlobCleanup")
                .isTrue();
    }

    @Test
    void deleteRemovesTheBlobAndToleratesAMissingOne() throws Exception {
        StoredBlob blob = storage.put(new ByteArrayInputStream(random(1000)));

        storage.delete(blob.key());
        storage.delete(blob.key());

        assertThat(storage.exists(blob.key())).isFalse();
        assertThat(chunkRows(blob.key())).isZero();
        assertThatThrownBy(() -> storage.open(blob.key())).isInstanceOf(FileNotFoundException.class);
    }

    @Test
    void writingUnderAKeyReplacesWhatWasThere() throws Exception {
        String key = BlobKeys.newKey();
        storage.write(key, new ByteArrayInputStream(random(DatabaseBlobStorage.CHUNK_SIZE + 1)));

        storage.write(key, new ByteArrayInputStream(new byte[] {9}));

        assertThat(chunkRows(key)).isEqualTo(1);
        try (InputStream in = storage.open(key)) {
            assertThat(in.readAllBytes()).containsExactly(9);
        }
    }

    @Test
    void aBlobRemovedWhileItIsReadEndsTheStreamWithAnError() throws Exception {
        StoredBlob blob = storage.put(new ByteArrayInputStream(random(DatabaseBlobStorage.CHUNK_SIZE * 2)));
        InputStream in = storage.open(blob.key());
        in.readNBytes(10);

        storage.delete(blob.key());

        assertThatThrownBy(in::readAllBytes).hasMessageContaining("removed while it was being read");
    }

    @Test
    void keysItDidNotIssueAreRefused() {
        assertThatThrownBy(() -> storage.open("x' OR '1'='1")).isInstanceOf(IllegalArgumentException.class);
    }
}
