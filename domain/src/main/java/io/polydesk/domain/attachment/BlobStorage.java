package io.polydesk.domain.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of attachments live. A put is all or nothing: when it throws, nothing is left behind, and
 * when it returns, the blob is durable.
 */
public interface BlobStorage {

    /** Streams {@code content} to a new blob, computing size and SHA-256 on the way; closes nothing. */
    StoredBlob put(InputStream content) throws IOException;

    /** The bytes of a blob; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Removes a blob; a blob that is already gone is not an error. */
    void delete(String key) throws IOException;
}
