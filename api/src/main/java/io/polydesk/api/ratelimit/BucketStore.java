package io.polydesk.api.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Where the token buckets live: in this process, or in Redis where every node counts together. */
public interface BucketStore {

    /**
     * Takes {@code tokens} from the bucket under {@code key}, creating it with {@code configuration} when it does
     * not exist yet.
     */
    ConsumptionProbe consume(String key, BucketConfiguration configuration, long tokens);
}
