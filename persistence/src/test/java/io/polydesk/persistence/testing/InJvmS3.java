package io.polydesk.persistence.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;

/**
 * An S3 server inside the test JVM: gaul's S3Proxy over a transient (in-memory) jclouds blob store, on a free
 * loopback port, checking AWS signatures against a fixed test key.
 */
public final class InJvmS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "polydesk-test-access";
    public static final String SECRET_KEY = "polydesk-test-secret";

    private final BlobStoreContext blobs;
    private final S3Proxy proxy;

    private InJvmS3(BlobStoreContext blobs, S3Proxy proxy) {
        this.blobs = blobs;
        this.proxy = proxy;
    }

    public static InJvmS3 start() {
        BlobStoreContext blobs = ContextBuilder.newBuilder("transient")
                .credentials("identity", "credential")
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobs.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
                }
                Thread.sleep(10);
            }
        } catch (Exception e) {
            blobs.close();
            throw new IllegalStateException("Could not start S3Proxy", e);
        }
        return new InJvmS3(blobs, proxy);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** A new empty bucket with a unique name. */
    public String newBucket() {
        String name = "polydesk-" + UUID.randomUUID().toString().substring(0, 8);
        blobs.getBlobStore().createContainerInLocation(null, name);
        return name;
    }

    /** The names of the objects in a bucket. */
    public List<String> keys(String bucket) {
        return blobs.getBlobStore().list(bucket, ListContainerOptions.Builder.recursive()).stream()
                .map(StorageMetadata::getName)
                .sorted()
                .toList();
    }

    /** The bytes of an object, read from the server's own store. */
    public byte[] read(String bucket, String key) {
        try (InputStream in =
                blobs.getBlobStore().getBlob(bucket, key).getPayload().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Polydesk properties that point the S3 attachment store at a bucket here. */
    public Map<String, String> properties(String bucket) {
        return Map.of(
                "polydesk.attachments.s3.endpoint",
                endpoint().toString(),
                "polydesk.attachments.s3.region",
                "us-east-1",
                "polydesk.attachments.s3.bucket",
                bucket,
                "polydesk.attachments.s3.access-key",
                ACCESS_KEY,
                "polydesk.attachments.s3.secret-key",
                SECRET_KEY,
                "polydesk.attachments.s3.path-style",
                "true");
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            // Stopping a test server: nothing to do about a failure.
        } finally {
            blobs.close();
        }
    }
}
