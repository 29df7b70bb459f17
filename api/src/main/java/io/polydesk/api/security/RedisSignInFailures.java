package io.polydesk.api.security;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.polydesk.api.ratelimit.RateLimitProperties;
import io.polydesk.domain.user.SignInFailures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Runs of failed sign-ins in the Redis that holds the rate limits, so a block earned on one node holds on every
 * node. A key is stored as its SHA-256, never as the login or address itself. A run lives an hour after its last
 * failure, a block as long as it lasts; both go by themselves.
 */
final class RedisSignInFailures implements SignInFailures, AutoCloseable {

    private static final Duration RUN_LIFETIME = Duration.ofHours(1);

    private final RedisClient client;
    private final String prefix;
    private volatile StatefulRedisConnection<String, String> connection;

    RedisSignInFailures(RateLimitProperties.Redis settings) {
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
        this.prefix = settings.keyPrefix() + "sign-in:";
    }

    @Override
    public Optional<Instant> blockedUntil(String key, Instant now) {
        String until = redis().get(blockKey(key));
        if (until == null) {
            return Optional.empty();
        }
        Instant end = Instant.ofEpochMilli(Long.parseLong(until));
        return end.isAfter(now) ? Optional.of(end) : Optional.empty();
    }

    @Override
    public void failed(String key, int threshold, Duration block, Instant now) {
        RedisCommands<String, String> redis = redis();
        String run = runKey(key);
        long failures = redis.incr(run);
        redis.pexpire(run, RUN_LIFETIME.toMillis());
        if (failures >= threshold) {
            redis.set(
                    blockKey(key),
                    Long.toString(now.plus(block).toEpochMilli()),
                    SetArgs.Builder.px(Math.max(1, block.toMillis())));
            // A new run starts after the block, as in one process.
            redis.del(run);
        }
    }

    @Override
    public void succeeded(String key) {
        redis().del(runKey(key), blockKey(key));
    }

    private String runKey(String key) {
        return prefix + "run:" + digest(key);
    }

    private String blockKey(String key) {
        return prefix + "block:" + digest(key);
    }

    private static String digest(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private RedisCommands<String, String> redis() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null) {
            synchronized (this) {
                if (connection == null) {
                    connection = client.connect();
                }
                current = connection;
            }
        }
        return current.sync();
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, String> open = connection;
        if (open != null) {
            open.close();
        }
        client.shutdown();
    }
}
