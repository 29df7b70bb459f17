package io.polydesk.compat.djangohelpdesk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Switches the django-helpdesk dialect on or off and says where it lives.
 *
 * @param enabled whether the django-helpdesk endpoints answer at all
 * @param basePath the prefix of every path, {@code /helpdesk/api} by default (CONTRACT §3), so that it never meets
 *     the {@code /api} dialects; normalised by {@link io.polydesk.compat.support.BasePath}
 */
@ConfigurationProperties(DjangoHelpdeskDialect.PROPERTIES)
public record DjangoHelpdeskProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("/helpdesk/api") String basePath) {}
