package io.polydesk.persistence.blob;

import io.polydesk.domain.attachment.BlobStorage;
import io.polydesk.domain.attachment.BlobStorageFactory;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Builds each kind of attachment store from the installation's settings: the one in use, or one to move files to. */
@Component
public class BlobStores implements BlobStorageFactory {

    private final String dataDir;
    private final BlobStoreProperties properties;
    private final BlobChunkMapper chunks;
    private final PlatformTransactionManager transactions;

    public BlobStores(
            @Value("${polydesk.data-dir:./data}") String dataDir,
            BlobStoreProperties properties,
            BlobChunkMapper chunks,
            PlatformTransactionManager transactions) {
        this.dataDir = dataDir;
        this.properties = properties;
        this.chunks = chunks;
        this.transactions = transactions;
    }

    @Override
    public BlobStorage open(String name) {
        return switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case "local" -> new FileSystemBlobStorage(dataDir);
            case "database" -> new DatabaseBlobStorage(chunks, transactions);
            case "s3" ->
                new S3BlobStorage(s3Client(properties.s3()), properties.s3().bucket());
            default ->
                throw new IllegalArgumentException(
                        "No attachment store named '" + name + "': use local, database or s3");
        };
    }

    /** The store {@code polydesk.attachments.store} names. */
    BlobStorage inUse() {
        return open(properties.store());
    }

    private static S3Client s3Client(BlobStoreProperties.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials(settings))
                // S3-compatible servers (and older AWS-compatible proxies) do not all take the SDK's newer
                // trailing checksums; SHA-256 is checked by Polydesk itself.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(BlobStoreProperties.S3 settings) {
        if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
