package io.polydesk.persistence.blob;

import io.polydesk.domain.attachment.BlobKeys;
import io.polydesk.domain.attachment.BlobStorage;
import io.polydesk.domain.attachment.StoredBlob;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Arrays;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps blobs in the database, in chunks of {@link #CHUNK_SIZE}, for a cluster whose nodes share only the
 * database. A write is one transaction of its own, whatever transaction the caller is in, so the blob is durable
 * when it returns and a failed write leaves nothing; the attachment row's transaction removes it again on
 * rollback, as with any store. A download reads one chunk at a time, so no file is held in memory whole.
 */
public class DatabaseBlobStorage implements BlobStorage {

    static final int CHUNK_SIZE = 512 * 1024;

    private final BlobChunkMapper chunks;
    private final TransactionTemplate ownTransaction;

    public DatabaseBlobStorage(BlobChunkMapper chunks, PlatformTransactionManager transactions) {
        this.chunks = chunks;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public StoredBlob write(String key, InputStream content) throws IOException {
        BlobKeys.require(key);
        try {
            return ownTransaction.execute(status -> {
                chunks.deleteBlob(key);
                chunks.deleteChunks(key);
                return writeChunks(key, content);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private StoredBlob writeChunks(String key, InputStream content) {
        MessageDigest sha256 = Sha256.newDigest();
        byte[] buffer = new byte[CHUNK_SIZE];
        long size = 0;
        int seq = 0;
        try {
            int filled;
            while ((filled = content.readNBytes(buffer, 0, CHUNK_SIZE)) > 0) {
                sha256.update(buffer, 0, filled);
                chunks.insertChunk(key, seq++, filled == CHUNK_SIZE ? buffer : Arrays.copyOf(buffer, filled));
                size += filled;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String hex = Sha256.hex(sha256);
        chunks.insertBlob(key, size, hex, seq);
        return new StoredBlob(key, size, hex);
    }

    @Override
    public InputStream open(String key) throws IOException {
        Integer count = chunks.chunkCount(BlobKeys.require(key));
        if (count == null) {
            throw new FileNotFoundException("No blob " + key);
        }
        return new ChunkStream(key, count);
    }

    @Override
    public boolean exists(String key) {
        return chunks.chunkCount(BlobKeys.require(key)) != null;
    }

    @Override
    public void delete(String key) {
        BlobKeys.require(key);
        ownTransaction.executeWithoutResult(status -> {
            chunks.deleteBlob(key);
            chunks.deleteChunks(key);
        });
    }

    /** A blob's bytes, fetched a chunk at a time as they are read. */
    private final class ChunkStream extends InputStream {

        private final String key;
        private final int count;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        ChunkStream(String key, int count) {
            this.key = key;
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            return fill() ? current[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, n);
            position += n;
            return n;
        }

        /** True when there is a byte to read, fetching the next chunk if need be. */
        private boolean fill() throws IOException {
            while (position == current.length) {
                if (next == count) {
                    return false;
                }
                BlobChunkMapper.Chunk chunk = chunks.chunk(key, next++);
                if (chunk == null) {
                    throw new IOException("Blob " + key + " was removed while it was being read");
                }
                current = chunk.content();
                position = 0;
            }
            return true;
        }
    }
}
