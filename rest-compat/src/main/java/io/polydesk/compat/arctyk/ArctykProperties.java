package io.polydesk.compat.arctyk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Switches the Arctyk dialect on or off and says where it lives.
 *
 * @param enabled whether the Arctyk endpoints answer at all
 * @param basePath the prefix of every Arctyk path, {@code /api} as in the Arctyk document; normalised by
 *     {@link io.polydesk.compat.support.BasePath}
 */
@ConfigurationProperties(ArctykDialect.PROPERTIES)
public record ArctykProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("/api") String basePath) {}
