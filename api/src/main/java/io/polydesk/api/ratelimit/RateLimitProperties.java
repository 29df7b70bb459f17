package io.polydesk.api.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-credential request limits under {@code polydesk.rate-limit}, one entry per surface. The first surface
 * whose path patterns match a request counts it; requests no surface claims are not limited.
 */
@ConfigurationProperties("polydesk.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Map<String, Surface> surfaces) {

    public RateLimitProperties {
        surfaces = surfaces == null ? Map.of() : new LinkedHashMap<>(surfaces);
    }

    /**
     * @param paths path patterns, matched case-sensitively (so arctyk and jitbit can share {@code /api})
     * @param authenticated requests a signed-in user may make per period
     * @param anonymous requests one client address may make per period without credentials
     */
    public record Surface(List<String> paths, long authenticated, long anonymous, Duration period) {}
}
