package io.polydesk.persistence.blob;

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
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps blobs as files under {@code <polydesk.data-dir>/attachments/}, two hex characters of the key per
 * directory. A put writes a temporary file in the target's own directory, forces it to disk and renames it
 * atomically, so a reader sees the whole file or none, and a failed put leaves nothing behind.
 */
@Component
public class FileSystemBlobStorage implements BlobStorage {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{32}");
    private static final String TEMP_PREFIX = ".upload-";

    private final Path root;

    public FileSystemBlobStorage(@Value("${polydesk.data-dir:./data}") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("attachments");
    }

    @Override
    public StoredBlob put(InputStream content) throws IOException {
        String name = UUID.randomUUID().toString().replace("-", "");
        String key = name.substring(0, 2) + "/" + name;
        Path target = path(key);
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, TEMP_PREFIX, ".tmp");
        try {
            MessageDigest sha256 = sha256();
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
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(directory);
            return new StoredBlob(key, size, HexFormat.of().formatHex(sha256.digest()));
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
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    /** Where a key's file lives; a key this storage did not issue is refused, so none can point elsewhere. */
    Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a blob key: " + key);
        }
        return root.resolve(key);
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform supports SHA-256", e);
        }
    }
}
