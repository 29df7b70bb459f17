package io.polydesk.persistence.blob;

import io.polydesk.domain.attachment.BlobKeys;
import io.polydesk.domain.attachment.BlobStorage;
import io.polydesk.domain.attachment.StoredBlob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * Keeps blobs as files under {@code <polydesk.data-dir>/attachments/}, two hex characters of the key per
 * directory. A put writes a temporary file in the target's own directory, forces it to disk and renames it
 * atomically, so a reader sees the whole file or none, and a failed put leaves nothing behind.
 */
public class FileSystemBlobStorage implements BlobStorage {

    private static final String TEMP_PREFIX = ".upload-";

    private final Path root;

    public FileSystemBlobStorage(String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("attachments");
    }

    @Override
    public StoredBlob write(String key, InputStream content) throws IOException {
        Path target = path(key);
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, TEMP_PREFIX, ".tmp");
        try {
            MessageDigest sha256 = Sha256.newDigest();
            long size = 0;
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = content.read(buffer)) >= 0) {
                    sha256.update(buffer, 0, n);
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                    size += n;
                }
                out.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(directory);
            return new StoredBlob(key, size, Sha256.hex(sha256));
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    /** Where a key's file lives; a key this storage did not issue is refused, so none can point elsewhere. */
    Path path(String key) {
        return root.resolve(BlobKeys.require(key));
    }

    Path root() {
        return root;
    }

    /** Makes the rename itself durable; file systems that cannot open a directory skip this. */
    private static void forceDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Not every platform allows syncing a directory; the file's own data is already on disk.
        }
    }
}
