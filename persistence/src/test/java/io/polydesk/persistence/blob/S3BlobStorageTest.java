package io.polydesk.persistence.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.attachment.BlobKeys;
import io.polydesk.domain.attachment.StoredBlob;
import io.polydesk.persistence.testing.InJvmS3;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The S3 store against S3Proxy in this JVM, through the same client settings a production install uses. */
class S3BlobStorageTest {

    private static InJvmS3 server;

    private S3BlobStorage storage;
    private String bucket;

    @BeforeAll
    static void startS3() {
        server = InJvmS3.start();
    }

    @AfterAll
    static void stopS3() {
        server.close();
    }

    @BeforeEach
    void aFreshBucket() {
        bucket = server.newBucket();
        storage = (S3BlobStorage)
                new BlobStores("unused", new BlobStoreProperties("s3", settings(bucket)), null, null).inUse();
    }

    private static BlobStoreProperties.S3 settings(String bucket) {
        return new BlobStoreProperties.S3(
                server.endpoint(), "us-east-1", bucket, InJvmS3.ACCESS_KEY, InJvmS3.SECRET_KEY, true);
    }

    private static byte[] random(int length) {
        byte[] content = new byte[length];
        new Random(length).nextBytes(content);
        return content;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void aSmallFileIsOneObjectUnderItsKeyWithSizeAndChecksum() throws Exception {
        byte[] content = random(300_000);

        StoredBlob blob = storage.put(new ByteArrayInputStream(content));

        assertThat(blob.size()).isEqualTo(content.length);
        assertThat(blob.sha256()).isEqualTo(sha256(content));
        assertThat(server.keys(bucket)).containsExactly(blob.key());
        try (InputStream in = storage.open(blob.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aFileLongerThanOnePartGoesUpInPartsAndComesBackWhole() throws Exception {
        byte[] content = random(2 * S3BlobStorage.PART_SIZE + 12_345);

        StoredBlob blob = storage.put(new ByteArrayInputStream(content));

        assertThat(blob.size()).isEqualTo(content.length);
        assertThat(blob.sha256()).isEqualTo(sha256(content));
        try (InputStream in = storage.open(blob.key())) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(content));
        }
    }

    @Test
    void aFileOfExactlyOnePartIsStoredWhole() throws Exception {
        byte[] content = random(S3BlobStorage.PART_SIZE);

        StoredBlob blob = storage.put(new ByteArrayInputStream(content));

        try (InputStream in = storage.open(blob.key())) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(blob.sha256()).isEqualTo(sha256(content));
        }
    }

    @Test
    void aStreamThatFailsHalfWayLeavesNoObjectBehind() {
        InputStream failing = new InputStream() {
            private long sent;

            @Override
            public int read() throws IOException {
                if (sent++ > S3BlobStorage.PART_SIZE + 1000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        String key = BlobKeys.newKey();

        assertThatThrownBy(() -> storage.write(key, failing)).hasMessage("connection reset");
        assertThat(server.keys(bucket)).isEmpty();
    }

    @Test
    void existsOpenAndDeleteFollowTheObject() throws Exception {
        StoredBlob blob = storage.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));
        assertThat(storage.exists(blob.key())).isTrue();

        storage.delete(blob.key());
        storage.delete(blob.key());

        assertThat(storage.exists(blob.key())).isFalse();
        assertThatThrownBy(() -> storage.open(blob.key())).isInstanceOf(FileNotFoundException.class);
    }

    @Test
    void writingUnderAKeyReplacesWhatWasThere() throws Exception {
        String key = BlobKeys.newKey();
        storage.write(key, new ByteArrayInputStream(new byte[] {1}));

        storage.write(key, new ByteArrayInputStream(new byte[] {2, 2}));

        try (InputStream in = storage.open(key)) {
            assertThat(in.readAllBytes()).containsExactly(2, 2);
        }
    }

    @Test
    void keysItDidNotIssueAreRefused() {
        assertThatThrownBy(() -> storage.open("../other-bucket/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.write("ab/../../x", InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownStoreNameIsRefusedWithTheNamesThatExist() {
        BlobStores stores = new BlobStores("unused", new BlobStoreProperties("tape", settings(bucket)), null, null);

        assertThatThrownBy(stores::inUse).hasMessageContaining("local, database or s3");
    }

    @Test
    void theS3StoreNeedsABucket() {
        BlobStores stores = new BlobStores("unused", new BlobStoreProperties("s3", settings(" ")), null, null);

        assertThatThrownBy(stores::inUse).hasMessageContaining("polydesk.attachments.s3.bucket");
    }
}
