package io.polydesk.api.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Buckets in this process's memory. A bucket nobody touched for twice its refill period is full again anyway,
 * so it is forgotten; the number of buckets is bounded, so a flood of client addresses cannot exhaust memory.
 */
final class LocalBuckets implements BucketStore {

    private record Entry(Bucket bucket, long keepNanos) {}

    private final Cache<String, Entry> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfter(new Expiry<String, Entry>() {
                @Override
                public long expireAfterCreate(String key, Entry entry, long currentTime) {
                    return entry.keepNanos();
                }

                @Override
                public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
                    return entry.keepNanos();
                }

                @Override
                public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
                    return entry.keepNanos();
                }
            })
            .build();

    @Override
    public ConsumptionProbe consume(String key, BucketConfiguration configuration, long tokens) {
        return buckets.get(key, k -> create(configuration)).bucket().tryConsumeAndReturnRemaining(tokens);
    }

    private static Entry create(BucketConfiguration configuration) {
        LocalBucketBuilder builder = Bucket.builder();
        long longestRefill = 0;
        for (Bandwidth bandwidth : configuration.getBandwidths()) {
            builder.addLimit(bandwidth);
            longestRefill = Math.max(longestRefill, bandwidth.getRefillPeriodNanos());
        }
        return new Entry(builder.build(), longestRefill * 2);
    }
}
