package io.polydesk.api.ratelimit;

import io.polydesk.compat.support.RateLimit;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-credential request limits under {@code polydesk.rate-limit}. Each REST dialect brings its document's limits
 * and owns its requests; an entry named after a dialect overrides any of its numbers. Any other entry is a
 * surface of its own, defined by path patterns (GraphQL's, in {@code application.yml}). Requests nothing claims
 * are not limited.
 */
@ConfigurationProperties("polydesk.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        Map<String, Surface> surfaces,
        @DefaultValue Redis redis) {

    public RateLimitProperties {
        surfaces = surfaces == null ? Map.of() : new LinkedHashMap<>(surfaces);
    }

    /**
     * Where buckets live when several nodes must count together. Without a URL each process counts on its own.
     *
     * @param url e.g. {@code redis://127.0.0.1:6379}; unset keeps the buckets in this process
     * @param keyPrefix prepended to every bucket's key, so installations can share one Redis
     * @param timeout how long a call may take before the request is counted in this process instead
     * @param retryInterval how long after a failure requests are counted in process before Redis is tried again
     */
    public record Redis(
            String url,
            @DefaultValue("polydesk:rate-limit:") String keyPrefix,
            @DefaultValue("1s") Duration timeout,
            @DefaultValue("5s") Duration retryInterval) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * @param paths path patterns, matched case-sensitively; only for surfaces that are not dialects
     * @param authenticated requests a signed-in user may make per period
     * @param anonymous requests one client address may make per period without credentials
     * @param period the window the counts refill over
     */
    public record Surface(List<String> paths, Long authenticated, Long anonymous, Duration period) {

        public Surface {
            paths = paths == null ? List.of() : List.copyOf(paths);
        }

        /** These numbers where given, {@code defaults} where not. */
        RateLimit over(RateLimit defaults) {
            return new RateLimit(
                    authenticated == null ? defaults.authenticated() : authenticated,
                    anonymous == null ? defaults.anonymous() : anonymous,
                    period == null ? defaults.period() : period);
        }

        /** The limits of a surface defined here alone, which must give every number. */
        RateLimit complete(String name) {
            if (authenticated == null || anonymous == null || period == null) {
                throw new IllegalStateException("polydesk.rate-limit.surfaces." + name
                        + " names paths, so it needs authenticated, anonymous and period too");
            }
            return new RateLimit(authenticated, anonymous, period);
        }
    }
}
