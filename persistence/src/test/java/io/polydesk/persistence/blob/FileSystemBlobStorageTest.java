package io.polydesk.persistence.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.attachment.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStorageTest {

    @TempDir
    Path dataDir;

    private FileSystemBlobStorage storage() {
        return new FileSystemBlobStorage(dataDir.toString());
    }

    private List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void putStoresTheBytesUnderTheDataDirWithSizeAndSha256() throws Exception {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        FileSystemBlobStorage storage = storage();

        StoredBlob blob = storage.put(new ByteArrayInputStream(content));

        assertThat(blob.size()).isEqualTo(content.length);
        assertThat(blob.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(blob.key()).matches("[0-9a-f]{2}/[0-9a-f]{32}");
        assertThat(filesUnder(dataDir.resolve("attachments")))
                .containsExactly(dataDir.resolve("attachments").resolve(blob.key()));
        try (InputStream in = storage.open(blob.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void theChecksumOfKnownContentIsTheKnownOne() throws Exception {
        StoredBlob blob = storage().put(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));

        assertThat(blob.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aStreamThatFailsHalfWayLeavesNoFileBehind() {
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 100_000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> storage().put(failing))
                .isInstanceOf(IOException.class)
                .hasMessage("connection reset");
        assertThat(assertNoFiles()).isTrue();
    }

    private boolean assertNoFiles() {
        try {
            return filesUnder(dataDir).isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deleteRemovesTheFileAndToleratesAMissingOne() throws Exception {
        FileSystemBlobStorage storage = storage();
        StoredBlob blob = storage.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));

        storage.delete(blob.key());
        storage.delete(blob.key());

        assertThat(filesUnder(dataDir)).isEmpty();
    }

    @Test
    void keysItDidNotIssueCannotReachOutsideItsDirectory() {
        FileSystemBlobStorage storage = storage();

        assertThatThrownBy(() -> storage.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete("ab/../../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
