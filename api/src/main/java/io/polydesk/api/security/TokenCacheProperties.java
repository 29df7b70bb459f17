package io.polydesk.api.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How verified API tokens are remembered, under {@code polydesk.security.token-cache}.
 *
 * @param ttl how long a verified token is trusted without asking the database; a revocation, password change or
 *            archiving on this node ends it at once, on another node of a cluster after this long at most
 * @param size how many verified tokens are remembered at most
 */
@ConfigurationProperties("polydesk.security.token-cache")
public record TokenCacheProperties(
        @DefaultValue("1m") Duration ttl,
        @DefaultValue("10000") long size) {}
