package io.polydesk.persistence.blob;

import io.polydesk.domain.attachment.BlobStorage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The attachment store in use, as {@code polydesk.attachments.store} names it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BlobStoreProperties.class)
class BlobStorageConfiguration {

    @Bean
    BlobStorage blobStorage(BlobStores stores) {
        return stores.inUse();
    }
}
