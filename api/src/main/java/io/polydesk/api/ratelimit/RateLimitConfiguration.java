package io.polydesk.api.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bucket store: Redis behind a fail-open guard when {@code polydesk.rate-limit.redis.url} is set, else memory. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    BucketStore bucketStore(RateLimitProperties properties, ObjectProvider<MeterRegistry> meters) {
        if (!properties.redis().configured()) {
            return new LocalBuckets();
        }
        return new FailOpenBuckets(
                new RedisBuckets(properties.redis()),
                new LocalBuckets(),
                properties.redis().retryInterval(),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
