package io.polydesk.compat.bossdesk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Switches the BOSSDesk dialect on or off and says where it lives.
 *
 * @param enabled whether its endpoints answer at all
 * @param basePath the prefix of every path, {@code /bossdesk/api/v1} (CONTRACT §3); normalised by
 *     {@link io.polydesk.compat.support.BasePath}
 */
@ConfigurationProperties(BossDeskDialect.PROPERTIES)
public record BossDeskProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("/bossdesk/api/v1") String basePath) {}
