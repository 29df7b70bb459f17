package io.polydesk.api.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Credential settings under {@code polydesk.security}.
 *
 * @param jwtPrivateKey PEM (PKCS#8) RSA private key that signs Polydesk's own tokens; when unset a key is
 *                      generated once and kept under the data directory, so tokens survive a restart
 * @param jwtIssuer the {@code iss} of Polydesk's own tokens
 * @param jwtTtl how long a signed token lives
 * @param basicCacheTtl how long a verified Basic credential is remembered
 * @param basicCacheSize how many verified Basic credentials are remembered at most
 * @param oidcAudience the {@code aud} an external issuer's token must name; blank accepts any audience
 * @param oidcRequireVerifiedEmail whether an external token must carry {@code email_verified: true}
 */
@ConfigurationProperties("polydesk.security")
public record SecurityProperties(
        String jwtPrivateKey,
        @DefaultValue("polydesk") String jwtIssuer,
        @DefaultValue("12h") Duration jwtTtl,
        @DefaultValue("5m") Duration basicCacheTtl,
        @DefaultValue("10000") long basicCacheSize,
        @DefaultValue("polydesk") String oidcAudience,
        @DefaultValue("true") boolean oidcRequireVerifiedEmail) {}
