package io.polydesk.compat.jitbit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Switches the Jitbit dialect on or off and says where it lives.
 *
 * @param enabled whether the Jitbit methods answer at all
 * @param basePath the prefix of every method, {@code /api} as in the Jitbit document; matched ignoring case
 * @param secondBasePath an optional second prefix (Jitbit's hosted installs use {@code /helpdesk/api}); empty, the
 *     default, means none, since django-helpdesk owns {@code /helpdesk/api} out of the box
 */
@ConfigurationProperties(JitbitDialect.PROPERTIES)
public record JitbitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("/api") String basePath,
        @DefaultValue("") String secondBasePath) {}
