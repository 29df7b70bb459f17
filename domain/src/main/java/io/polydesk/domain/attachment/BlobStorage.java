package io.polydesk.domain.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of attachments live. A write is all or nothing: when it throws, nothing is left behind, and
 * when it returns, the blob is durable. Keys are {@link BlobKeys}, the same in every store, so a blob moves to
 * another store under its own key and the attachment rows stay as they are.
 */
public interface BlobStorage {

    /** Streams {@code content} to a new blob under a fresh key, computing size and SHA-256 on the way; closes nothing. */
    default StoredBlob put(InputStream content) throws IOException {
        return write(BlobKeys.newKey(), content);
    }

    /** Streams {@code content} to the blob under {@code key}, replacing one already there; closes nothing. */
    StoredBlob write(String key, InputStream content) throws IOException;

    /** The bytes of a blob, as a stream read from the store while the caller reads it; the caller closes it. */
    InputStream open(String key) throws IOException;

    /** Whether a whole blob is stored under {@code key}. */
    boolean exists(String key) throws IOException;

    /** Removes a blob; a blob that is already gone is not an error. */
    void delete(String key) throws IOException;
}
