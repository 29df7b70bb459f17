package io.polydesk.persistence.blob;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where attachment files live, under {@code polydesk.attachments}: on this node's disk (the default), in the
 * database, or in S3-compatible object storage. Every node of a cluster needs the database or S3 store.
 *
 * @param store {@code local}, {@code database} or {@code s3}
 * @param s3 the bucket and how to reach it, for {@code store=s3} or for moving files there
 */
@ConfigurationProperties("polydesk.attachments")
public record BlobStoreProperties(
        @DefaultValue("local") String store, @DefaultValue S3 s3) {

    /**
     * @param endpoint the service's URL; unset means AWS's own endpoint for the region
     * @param region the bucket's region (any value for most S3-compatible servers)
     * @param bucket the bucket, which must exist
     * @param accessKey with {@code secretKey}, static credentials; unset, the AWS default chain (environment,
     *     profile, instance role) provides them
     * @param pathStyle addresses the bucket in the path ({@code http://host/bucket/key}), as MinIO, Ceph and most
     *     self-hosted servers want, instead of in the host name
     */
    public record S3(
            URI endpoint,
            @DefaultValue("us-east-1") String region,
            String bucket,
            String accessKey,
            String secretKey,
            @DefaultValue("false") boolean pathStyle) {}
}
