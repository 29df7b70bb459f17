package io.polydesk.persistence.blob;

import io.polydesk.domain.attachment.BlobKeys;
import io.polydesk.domain.attachment.BlobStorage;
import io.polydesk.domain.attachment.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Keeps blobs as objects in an S3 bucket, each under its key. A file that fits in one part of {@link #PART_SIZE}
 * is one PUT; a longer one is a multipart upload of such parts, aborted if anything fails, so at most one part is
 * in memory per upload and nothing half-written becomes visible. Downloads stream from S3 as they are read.
 */
public class S3BlobStorage implements BlobStorage, AutoCloseable {

    /** Above S3's 5 MiB minimum for every part but the last. */
    static final int PART_SIZE = 8 * 1024 * 1024;

    private static final String OCTETS = "application/octet-stream";

    private final S3Client s3;
    private final String bucket;

    public S3BlobStorage(S3Client s3, String bucket) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("polydesk.attachments.s3.bucket must name the bucket for store=s3");
        }
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public StoredBlob write(String key, InputStream content) throws IOException {
        BlobKeys.require(key);
        MessageDigest sha256 = Sha256.newDigest();
        byte[] part = new byte[PART_SIZE];
        int filled = content.readNBytes(part, 0, PART_SIZE);
        sha256.update(part, 0, filled);
        if (filled < PART_SIZE) {
            try {
                s3.putObject(r -> r.bucket(bucket).key(key).contentType(OCTETS), body(part, filled));
            } catch (SdkException e) {
                throw new IOException("Could not store blob " + key + " in S3", e);
            }
            return new StoredBlob(key, filled, Sha256.hex(sha256));
        }
        return writeInParts(key, content, part, sha256);
    }

    private StoredBlob writeInParts(String key, InputStream content, byte[] part, MessageDigest sha256)
            throws IOException {
        String uploadId;
        try {
            uploadId = s3.createMultipartUpload(r -> r.bucket(bucket).key(key).contentType(OCTETS))
                    .uploadId();
        } catch (SdkException e) {
            throw new IOException("Could not start storing blob " + key + " in S3", e);
        }
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long size = 0;
            int filled = PART_SIZE;
            while (filled > 0) {
                int number = parts.size() + 1;
                String etag = s3.uploadPart(
                                r -> r.bucket(bucket)
                                        .key(key)
                                        .uploadId(uploadId)
                                        .partNumber(number),
                                body(part, filled))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                size += filled;
                filled = content.readNBytes(part, 0, PART_SIZE);
                sha256.update(part, 0, filled);
            }
            s3.completeMultipartUpload(
                    r -> r.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
            return new StoredBlob(key, size, Sha256.hex(sha256));
        } catch (IOException | RuntimeException e) {
            try {
                s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId));
            } catch (SdkException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof SdkException) {
                throw new IOException("Could not store blob " + key + " in S3", e);
            }
            throw e;
        }
    }

    /** The filled part of the buffer; read again from the start should the SDK retry. */
    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length, OCTETS);
    }

    @Override
    public InputStream open(String key) throws IOException {
        BlobKeys.require(key);
        try {
            return s3.getObject(r -> r.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException("No blob " + key + " in S3");
        } catch (SdkException e) {
            throw new IOException("Could not read blob " + key + " from S3", e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        BlobKeys.require(key);
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("Could not look for blob " + key + " in S3", e);
        } catch (SdkException e) {
            throw new IOException("Could not look for blob " + key + " in S3", e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        BlobKeys.require(key);
        try {
            s3.deleteObject(r -> r.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new IOException("Could not delete blob " + key + " from S3", e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
