package io.polydesk.compat.arctyk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Switches the Arctyk dialect on or off and says where it lives.
 *
 * @param enabled whether the Arctyk endpoints answer at all
 * @param basePath the prefix of every Arctyk path, {@code /api} as in the Arctyk document
 */
@ConfigurationProperties("polydesk.compat.arctyk")
public record ArctykProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("/api") String basePath) {

    public ArctykProperties {
        basePath = normalize(basePath);
    }

    private static String normalize(String path) {
        String p = path == null ? "" : path.strip();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.equals("/") ? "" : p;
    }
}
