package io.polydesk.api.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;

/**
 * Buckets in Redis, shared by every node pointing at the same server and key prefix. It connects on first use,
 * so a node starts while Redis is down; while disconnected, calls fail at once instead of queueing, and Lettuce
 * reconnects in the background. A bucket's key expires once the bucket has refilled.
 */
final class RedisBuckets implements BucketStore, AutoCloseable {

    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    /** A full bucket is the same as none: its key may go a little after it has refilled. */
    private static final Duration KEEP_WHEN_FULL = Duration.ofSeconds(10);

    private final RedisClient client;
    private final String keyPrefix;
    private final Duration timeout;
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile ProxyManager<String> proxies;

    RedisBuckets(RateLimitProperties.Redis settings) {
        RedisURI uri = RedisURI.create(settings.url());
        uri.setTimeout(settings.timeout());
        this.client = RedisClient.create(uri);
        this.client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(settings.timeout())
                        .build())
                .timeoutOptions(TimeoutOptions.enabled(settings.timeout()))
                .build());
        this.keyPrefix = settings.keyPrefix();
        this.timeout = settings.timeout();
    }

    @Override
    public ConsumptionProbe consume(String key, BucketConfiguration configuration, long tokens) {
        return proxies().builder().build(keyPrefix + key, () -> configuration).tryConsumeAndReturnRemaining(tokens);
    }

    private ProxyManager<String> proxies() {
        ProxyManager<String> current = proxies;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (proxies == null) {
                connection = client.connect(CODEC);
                proxies = Bucket4jLettuce.casBasedBuilder(connection)
                        .expirationAfterWrite(
                                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_WHEN_FULL))
                        .requestTimeout(timeout)
                        .build();
            }
            return proxies;
        }
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, byte[]> open = connection;
        if (open != null) {
            open.close();
        }
        client.shutdown();
    }
}
