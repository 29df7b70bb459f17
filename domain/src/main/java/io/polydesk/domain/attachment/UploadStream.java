package io.polydesk.domain.attachment;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The client's bytes on their way to storage: stops at the size limit, and marks failures of the client's
 * stream so that they are told apart from failures of the storage itself.
 */
final class UploadStream extends FilterInputStream {

    /** The content is longer than the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("Content exceeds " + limit + " bytes");
        }
    }

    /** Reading the client's content failed, e.g. a broken connection or bad base64. */
    static final class SourceFailed extends IOException {
        SourceFailed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final long limit;
    private long count;

    UploadStream(InputStream source, long limit) {
        super(source);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b;
        try {
            b = super.read();
        } catch (IOException | IllegalArgumentException e) {
            throw new SourceFailed(e);
        }
        if (b >= 0 && ++count > limit) {
            throw new TooLarge(limit);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (IOException | IllegalArgumentException e) {
            throw new SourceFailed(e);
        }
        if (n > 0 && (count += n) > limit) {
            throw new TooLarge(limit);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("An upload is read, not skipped");
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
