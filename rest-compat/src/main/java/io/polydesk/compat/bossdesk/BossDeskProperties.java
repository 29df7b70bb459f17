package io.polydesk.compat.bossdesk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Switches the BOSSDesk dialect on or off and says where it lives.
 *
 * @param enabled whether its endpoints answer at all
 * @param basePath the prefix of every path, {@code /bossdesk/api/v1} (CONTRACT §3); normalised by
 *     {@link io.polydesk.compat.support.BasePath}
 * @param signingKey the secret signing attachment links and upload fields; unset, one derived from Polydesk's token
 *     signing key, so links survive a restart and hold on every node that shares that key
 * @param linkLifetime how long an attachment's {@code secure_url} and upload fields stay valid
 */
@ConfigurationProperties(BossDeskDialect.PROPERTIES)
public record BossDeskProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("/bossdesk/api/v1") String basePath,
        String signingKey,
        @DefaultValue("10m") java.time.Duration linkLifetime) {}
